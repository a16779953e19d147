/**
 * Groups mentions into entities (one per real-world thing): a mention joins the group of its canonical key, its
 * lexicon entry's key and, for acronym definitions, its partner's key. Then picks each entity's type, role, name,
 * aliases, and the evidence of every occurrence in the title and abstract.
 */
import { canonicalKey } from '../../../graph-schema/keys.ts';
import type { DatasetMention, EntityMention, EvidenceSpan, MethodMention } from '../../types.ts';
import type { AcronymDefinition } from './acronyms.ts';
import { fillerKeys, genericConceptKeys, type EntityKind } from './lexicon/index.ts';
import type { Field, Mention } from './mentions.ts';

export interface EntityExtractions {
  methods: MethodMention[];
  concepts: EntityMention[];
  datasets: DatasetMention[];
  tasks: EntityMention[];
  metrics: EntityMention[];
}

class KeyUnion {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let root = k;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    if (!this.parent.has(k)) this.parent.set(k, k);
    else this.parent.set(k, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

interface Group {
  mentions: Mention[];
}

/**
 * Grouping key of a surface: the canonical key, except that acronyms keep their case ("MoS" is not "MOS"),
 * with one plural "s" dropped ("GNNs" is "GNN").
 */
function groupKey(surface: string): string {
  if (!surface.includes(' ') && /\p{Lu}.*\p{Lu}/u.test(surface)) {
    const letters = surface.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
    return 'A:' + (letters.length > 3 && /[sS]$/.test(letters) && /\p{Lu}/u.test(letters.at(-2) ?? '') ? letters.slice(0, -1) : letters);
  }
  return canonicalKey(surface);
}

export function assembleEntities(
  texts: Record<Field, string>,
  mentions: readonly Mention[],
  definitions: ReadonlyArray<{ field: Field; def: AcronymDefinition }>,
): EntityExtractions {
  const keys = new KeyUnion();
  for (const m of mentions) {
    keys.find(groupKey(m.text));
    if (m.entry) keys.union(m.entry.key, groupKey(m.text));
  }
  for (const { def } of definitions) keys.union(groupKey(def.long.text), groupKey(def.short.text));
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const root = keys.find(groupKey(m.text));
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { mentions: [] }));
    g.mentions.push(m);
  }
  const out: EntityExtractions = { methods: [], concepts: [], datasets: [], tasks: [], metrics: [] };
  const taken = new Map<string, string>();
  const spans: OwnedSpan[] = [];
  for (const [root, g] of groups) {
    for (const m of g.mentions) {
      taken.set(`${m.field}:${m.start}:${m.end}`, root);
      spans.push({ field: m.field, start: m.start, end: m.end, root });
    }
  }
  for (const [root, g] of groups) {
    if (isIncidentalGeneric(g)) continue;
    const kind = resolveKind(g);
    const proposed = g.mentions.some((m) => m.proposed);
    const name = displayName(g);
    const surfaces = new Set<string>([name]);
    const evidence: EvidenceSpan[] = [];
    const seen = new Set<string>();
    for (const m of g.mentions) {
      const id = `${m.field}:${m.start}:${m.end}`;
      if (seen.has(id)) continue;
      seen.add(id);
      surfaces.add(m.text);
      evidence.push({ field: m.field, start: m.start, end: m.end });
    }
    for (const alias of [...surfaces]) sweep(texts, alias, root, taken, spans, seen, surfaces, evidence);
    const aliasKeys = [...surfaces].map(canonicalKey);
    if (aliasKeys.some((k) => fillerKeys.has(k)) || canonicalKey(name).length < 2) continue;
    evidence.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
    const base: EntityMention = { name, aliases: [...surfaces], evidence };
    if (kind === 'method') out.methods.push({ ...base, role: proposed ? 'proposed' : 'used' });
    else if (kind === 'dataset') out.datasets.push({ ...base, role: proposed ? 'introduced' : 'used' });
    else if (kind === 'concept') out.concepts.push(base);
    else if (kind === 'task') out.tasks.push(base);
    else out.metrics.push(base);
  }
  return out;
}

/** "neural networks" said in passing: a generic technique word, not defined and not in the title. */
function isIncidentalGeneric(g: Group): boolean {
  return g.mentions.every((m) => m.entry !== null && genericConceptKeys.has(m.entry.key) && m.source === 'lexicon' && m.field === 'abstract');
}

/** Strongest rule wins; a named thing the paper introduces is a method unless it is a dataset. */
function resolveKind(g: Group): EntityKind {
  let best: Mention = g.mentions[0];
  let strength = -1;
  for (const m of g.mentions) {
    const s = m.datasetContext && m.strength < 4 ? 3 : m.strength;
    if (s > strength) {
      strength = s;
      best = m;
    }
  }
  const kind: EntityKind = best.datasetContext && best.strength < 4 ? 'dataset' : best.kind;
  const proposed = g.mentions.some((m) => m.proposed);
  if (proposed && kind !== 'dataset' && kind !== 'method' && strength < 4) return 'method';
  return kind;
}

function displayName(g: Group): string {
  const long = g.mentions.find((m) => m.longForm);
  if (long) return long.text;
  const entry = g.mentions.find((m) => m.entry)?.entry;
  if (entry && entry.longForm && g.mentions.every((m) => m.entry === entry && m.text.length < entry.display.length)) return entry.display;
  const inAbstract = g.mentions.find((m) => m.field === 'abstract');
  return (inAbstract ?? g.mentions[0]).text;
}

const ALNUM = /[\p{L}\p{N}]/u;

/** Every other occurrence of an alias ("Neural Common Neighbor" in the title) is evidence too. */
interface OwnedSpan {
  field: Field;
  start: number;
  end: number;
  root: string;
}

function sweep(texts: Record<Field, string>, alias: string, root: string, taken: Map<string, string>, spans: readonly OwnedSpan[], seen: Set<string>,
  surfaces: Set<string>, evidence: EvidenceSpan[]): void {
  if (alias.length < 2) return;
  const caseless = /^[\p{Ll}\d]/u.test(alias) && alias.includes(' ');
  for (const field of ['title', 'abstract'] as const) {
    const text = texts[field];
    const hay = caseless ? text.toLowerCase() : text;
    if (hay.length !== text.length) continue;
    const needle = caseless ? alias.toLowerCase() : alias;
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (ALNUM.test(text[at - 1] ?? '') || ALNUM.test(text[end] ?? '')) continue;
      const id = `${field}:${at}:${end}`;
      if (seen.has(id)) continue;
      const owner = taken.get(id);
      if (owner !== undefined && owner !== root) continue;
      if (spans.some((s) => s.root !== root && s.field === field && s.start < end && at < s.end)) continue;
      seen.add(id);
      surfaces.add(text.slice(at, end));
      evidence.push({ field, start: at, end });
    }
  }
}
