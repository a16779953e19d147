/**
 * `npm run check:entities [-- --no-corpus] [--api URL [--token T]] [PATH...]`: extracts the bundled corpus (or PATHs)
 * as ingest does, corpus pass included, and prints the entity duplication checks of issue 12: pairs of entities of one
 * label sharing a name or alias (target 0; acronyms the corpus found ambiguous are listed apart) and names under two
 * labels (target <= 2). With --api (a running papergraph whose graph holds the same papers, e.g. `npm start`), it also
 * searches every acronym an entity is known by and counts how often that entity comes first among entities
 * (target: always). Exits 1 when a target is missed.
 */
import { parseArgs } from 'node:util';
import { CorpusMemory, resolveCorpus, type CorpusReport } from '../../ingest/extract/corpus/index.ts';
import { extractPapers } from '../../ingest/pipeline/index.ts';
import type { PaperExtraction } from '../../ingest/types.ts';
import { entityTable, namesUnderTwoLabels, sharedAliases } from './lib/entity-table.ts';
import { acronymSearchMisses } from './lib/acronym-search.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'no-corpus': { type: 'boolean', default: false }, api: { type: 'string' }, token: { type: 'string' } },
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
let searchMisses = 0;
if (options.api) {
  const base = options.api.replace(/\/$/, '');
  const search = async (q: string): Promise<string[]> => {
    const token = options.token ? `&token=${encodeURIComponent(options.token)}` : '';
    const response = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}&limit=20${token}`);
    const body = (await response.json()) as { hits: Array<{ id: string }> };
    return body.hits.map((hit) => hit.id);
  };
  const { checked, misses } = await acronymSearchMisses(table, ambiguous, search);
  searchMisses = misses.length;
  console.log(`acronym searches finding their entity first among entities: ${checked - misses.length}/${checked} (target all)`);
  for (const m of misses) console.log(`  ${m.acronym}: ${m.found ?? 'nothing'} before ${m.expected}`);
}
process.exitCode = shared.length === 0 && twoLabels.length <= 2 && searchMisses === 0 ? 0 : 1;
