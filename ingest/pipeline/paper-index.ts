/**
 * The in-memory merge of small inputs: papers in order of first appearance, found again by id, or
 * by normalised title when one side has no id of its own (two different given ids are two papers
 * even when their titles match, e.g. an erratum).
 */
import { paperIdFromTitle } from '../sources/paper-id.ts';
import type { PaperRecord } from '../types.ts';
import { copyRecord, hasGivenId, mergeRecord } from './merge.ts';

export interface IndexedPaper {
  record: PaperRecord;
  /** Index of the input file that lists it first. */
  slot: number;
  emitted: boolean;
}

export class PaperIndex {
  readonly papers: IndexedPaper[] = [];
  private readonly byId = new Map<string, IndexedPaper>();
  private readonly byTitle = new Map<string, IndexedPaper>();
  records = 0;

  find(record: PaperRecord): IndexedPaper | undefined {
    const sameId = this.byId.get(record.id);
    if (sameId) return sameId;
    const sameTitle = this.byTitle.get(paperIdFromTitle(record.title));
    if (sameTitle && (!hasGivenId(record) || !hasGivenId(sameTitle.record))) return sameTitle;
    return undefined;
  }

  /** Adds or merges; returns the paper the record now belongs to. */
  add(record: PaperRecord, slot: number): IndexedPaper {
    this.records += 1;
    const known = this.find(record);
    if (known) {
      mergeRecord(known.record, record);
      this.byId.set(known.record.id, known);
      return known;
    }
    const paper: IndexedPaper = { record: copyRecord(record), slot, emitted: false };
    this.papers.push(paper);
    this.byId.set(record.id, paper);
    const titleId = paperIdFromTitle(record.title);
    if (!this.byTitle.has(titleId)) this.byTitle.set(titleId, paper);
    return paper;
  }
}
