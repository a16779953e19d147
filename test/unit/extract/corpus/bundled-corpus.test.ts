/**
 * The bundled corpus (data/) extracted as ingest does, corpus pass included, keyed as the loader keys it: no two
 * entities of one label share a name or alias (acronyms the corpus finds ambiguous aside, each with its meanings),
 * and at most 2 names exist under two labels.
 */
import { describe, expect, it } from 'vitest';
import { CorpusMemory, resolveCorpus } from '../../../../ingest/extract/corpus/index.ts';
import { extractPapers } from '../../../../ingest/pipeline/index.ts';
import type { PaperExtraction } from '../../../../ingest/types.ts';
import { entityTable, namesUnderTwoLabels, sharedAliases } from '../../../../scripts/bench/lib/entity-table.ts';

describe('the bundled corpus after the corpus pass', () => {
  it('has one entity per name and alias per label, and at most 2 names under two labels', async () => {
    const extracted: PaperExtraction[] = [];
    for await (const paper of extractPapers(['data'], { workers: 0, onWarning: () => {} })) extracted.push(paper);
    expect(extracted.length).toBeGreaterThan(300);
    const { papers, report } = resolveCorpus(extracted, new CorpusMemory());
    const table = entityTable(papers);
    const ambiguous = new Set(report.ambiguousAcronyms.map((a) => a.acronym));
    expect(sharedAliases(table, ambiguous)).toEqual([]);
    expect(namesUnderTwoLabels(table).length).toBeLessThanOrEqual(2);
    for (const a of report.ambiguousAcronyms) expect(a.meanings.length).toBeGreaterThan(1);
    // Without the pass the same papers repeat entities (the issue counted 32 pairs and 7 names under two labels).
    expect(sharedAliases(entityTable(extracted)).length).toBeGreaterThan(0);
  }, 180_000);
});
