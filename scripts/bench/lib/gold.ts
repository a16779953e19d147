/**
 * The hand-annotated dev sets (GUIDE.md format): one JSON object per line with id, title, abstract and
 * alias-group annotations. Every *.jsonl in the fixtures folder is a dev set.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { textOnlyRecord } from '../../../ingest/sources/text-record.ts';
import type { PaperRecord } from '../../../ingest/types.ts';

export type AliasGroup = string[];

export interface GoldDataset {
  aliases: string[];
  introduced: boolean;
}

export interface GoldHardware {
  name: string;
  surface: string;
  count: number | null;
}

export interface GoldClaim {
  sentence: string;
  numbers: string[];
}

/** GUIDE "Results (structured claims)": one per reported number that measures an outcome. */
export interface GoldResult {
  sentence: string;
  value: string;
  kind: string;
  metric: string | null;
  dataset: string | null;
  subject: string | null;
  baseline: string | null;
}

export interface GoldPaper {
  id: string;
  title: string;
  abstract: string;
  methods_proposed: AliasGroup[];
  methods_named: AliasGroup[];
  concepts: AliasGroup[];
  datasets: GoldDataset[];
  tasks: AliasGroup[];
  metrics: AliasGroup[];
  hardware: GoldHardware[];
  claims: GoldClaim[];
  code_url: string | null;
  /** null when the paper is not annotated for results (it is then left out of the result scores). */
  results: GoldResult[] | null;
}

export interface GoldFile {
  name: string;
  papers: GoldPaper[];
}

export const DEFAULT_GOLD_DIR = 'test/fixtures/extraction';

/** Reads every dev set; a bad line (a file still being annotated) is reported through onBadLine and skipped. */
export function readGoldDir(dir: string = DEFAULT_GOLD_DIR, onBadLine: (problem: string) => void = warnOnStderr): GoldFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => ({ name: basename(name, '.jsonl'), papers: parseGoldJsonl(readFileSync(join(dir, name), 'utf8'), name, onBadLine) }));
}

function warnOnStderr(problem: string): void {
  process.stderr.write(`warning: ${problem}; line skipped\n`);
}

/** Without onBadLine a bad line throws; with it, the line is reported and skipped. */
export function parseGoldJsonl(text: string, fileName: string, onBadLine?: (problem: string) => void): GoldPaper[] {
  const papers: GoldPaper[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    try {
      papers.push(parseGoldLine(line, `${fileName}:${index + 1}`));
    } catch (error) {
      if (!onBadLine) throw error;
      onBadLine((error as Error).message);
    }
  }
  return papers;
}

function parseGoldLine(line: string, where: string): GoldPaper {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    throw new Error(`${where}: not JSON (${(error as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object') throw new Error(`${where}: not a JSON object`);
  return toGoldPaper(raw as Record<string, unknown>, where);
}

function toGoldPaper(raw: Record<string, unknown>, where: string): GoldPaper {
  if (typeof raw.title !== 'string' || typeof raw.abstract !== 'string') throw new Error(`${where}: needs title and abstract`);
  const groups = (key: string): AliasGroup[] => (Array.isArray(raw[key]) ? (raw[key] as AliasGroup[]) : []);
  return {
    id: typeof raw.id === 'string' ? raw.id : where,
    title: raw.title,
    abstract: raw.abstract,
    methods_proposed: groups('methods_proposed'),
    methods_named: groups('methods_named'),
    concepts: groups('concepts'),
    datasets: Array.isArray(raw.datasets) ? (raw.datasets as GoldDataset[]) : [],
    tasks: groups('tasks'),
    metrics: groups('metrics'),
    hardware: Array.isArray(raw.hardware) ? (raw.hardware as GoldHardware[]) : [],
    claims: Array.isArray(raw.claims) ? (raw.claims as GoldClaim[]) : [],
    code_url: typeof raw.code_url === 'string' ? raw.code_url : null,
    results: Array.isArray(raw.results) ? (raw.results as GoldResult[]) : null,
  };
}

/** The record extractPaper expects, for a gold paper. */
export function goldToRecord(paper: GoldPaper): PaperRecord {
  return textOnlyRecord(paper.id, paper.title, paper.abstract);
}
