/**
 * `npm run check:entities [-- --no-corpus] [PATH...]`: extracts the bundled corpus (or PATHs) as ingest does, corpus
 * pass included, and prints the entity duplication checks of issue 12: pairs of entities of one label sharing a name
 * or alias (target 0; acronyms the corpus found ambiguous are listed apart) and names under two labels (target <= 2).
 * Exits 1 when a target is missed.
 */
import { parseArgs } from 'node:util';
import { CorpusMemory, resolveCorpus, type CorpusReport } from '../../ingest/extract/corpus/index.ts';
import { extractPapers } from '../../ingest/pipeline/index.ts';
import type { PaperExtraction } from '../../ingest/types.ts';
import { entityTable, namesUnderTwoLabels, sharedAliases } from './lib/entity-table.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'no-corpus': { type: 'boolean', default: false } },
});
const paths = positionals.length > 0 ? positionals : ['data'];

const extracted: PaperExtraction[] = [];
for await (const paper of extractPapers(paths, { workers: 0, onWarning: () => {} })) extracted.push(paper);
let papers = extracted;
let report: CorpusReport | null = null;
if (!options['no-corpus']) ({ papers, report } = resolveCorpus(extracted, new CorpusMemory()));

const table = entityTable(papers);
const ambiguous = new Set(report?.ambiguousAcronyms.map((a) => a.acronym) ?? []);
const shared = sharedAliases(table, ambiguous);
const twoLabels = namesUnderTwoLabels(table);
console.log(`${papers.length} papers, ${table.size} entities${options['no-corpus'] ? ' (no corpus pass)' : ''}`);
if (report) {
  console.log(
    `corpus pass: ${report.entitiesBefore} -> ${report.entitiesAfter} paper entities, ${report.retyped} retyped by vote, ` +
      `${report.acronymsResolved} bare acronyms resolved, ${report.misspellingsFolded} misspellings folded`,
  );
  for (const a of report.ambiguousAcronyms) console.log(`  ambiguous acronym ${a.acronym}: ${a.meanings.join(' / ')} (kept apart)`);
}
console.log(`\nentities of one label sharing a name or alias: ${shared.length} (target 0)`);
for (const s of shared) console.log(`  ${s.label} "${s.alias}": ${s.entities.join(' | ')}`);
console.log(`names under two labels: ${twoLabels.length} (target <= 2)`);
for (const n of twoLabels) console.log(`  ${n.key}: ${n.labels.join(', ')}`);
process.exitCode = shared.length === 0 && twoLabels.length <= 2 ? 0 : 1;
