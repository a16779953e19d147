/**
 * Groups mentions into entities (one per real-world thing): a mention joins the group of its canonical key, its
 * lexicon entry's key and, for acronym definitions, its partner's key. Then picks each entity's type, role, name,
 * aliases, and the evidence of every occurrence in the title and abstract.
 */
import { canonicalKey } from '../../../graph-schema/keys.ts';
import type { FieldOfKind } from '../../../graph-schema/entity-kinds.ts';
import type { DatasetMention, EntityMention, EvidenceSpan, MethodMention } from '../../types.ts';
import type { AcronymDefinition } from './acronyms.ts';
import { fillerKeys, genericConceptKeys, lookupLexicon, type EntityKind } from './lexicon/index.ts';
import type { Field, Mention } from './mentions.ts';
import { recognitionOf } from './recognition.ts';

export interface EntityExtractions {
  methods: MethodMention[];
  concepts: EntityMention[];
  datasets: DatasetMention[];
  tasks: EntityMention[];
  metrics: EntityMention[];
}

/** Fails to compile when a lexical entity kind's extraction field is missing above (adding a kind names this file). */
type AssertNone<T extends never> = T;
export type EveryLexicalFieldListed = AssertNone<Exclude<FieldOfKind<EntityKind>, keyof EntityExtractions>>;

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
  // "MoE++" is not "MoE", "HumanEval+" not "HumanEval".
  if (/[\p{L}\p{N}]\+/u.test(surface)) return 'P:' + canonicalKey(surface.replace(/\+/g, 'plus'));
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
  foldBareTaskHeads(mentions, keys);
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
    addHeadedForms(texts, kind, root, spans, seen, surfaces, evidence);
    for (const alias of [...surfaces, ...inflections(kind, surfaces)]) sweep(texts, alias, root, taken, spans, seen, surfaces, evidence);
    const aliasKeys = [...surfaces].map(canonicalKey);
    if (aliasKeys.some((k) => fillerKeys.has(k)) || canonicalKey(name).length < 2) continue;
    evidence.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
    const base: EntityMention = { name, aliases: [...surfaces], evidence, ...recognitionOf(g.mentions) };
    if (g.mentions.some((m) => m.benchmarkSystem) && (kind === 'method' || kind === 'dataset')) {
      out.methods.push({ ...base, role: 'proposed' });
      out.datasets.push({ ...base, aliases: [...base.aliases], evidence: [...evidence], role: 'introduced' });
    } else if (kind === 'method') out.methods.push({ ...base, role: proposed ? 'proposed' : 'used' });
    else if (kind === 'dataset') out.datasets.push({ ...base, role: proposed ? 'introduced' : 'used' });
    else if (kind === 'concept') out.concepts.push(base);
    else if (kind === 'task') out.tasks.push(base);
    else out.metrics.push(base);
  }
  return out;
}

/** "multi-output regression ... regression": a bare task head is the longer task phrase the paper names, not a task of its own. */
function foldBareTaskHeads(mentions: readonly Mention[], keys: KeyUnion): void {
  const phrases = mentions.filter((m) => m.kind === 'task' && /\s/.test(m.text));
  if (phrases.length === 0) return;
  for (const m of mentions) {
    if (m.kind !== 'task') continue;
    const key = canonicalKey(m.text);
    const words = m.text.split(/\s+/).length;
    // "time series forecasting" inside "long-range time series forecasting": the annotated task is the specific phrase.
    const longer = phrases.filter(
      (p) => p.text.split(/\s+/).length > words && canonicalKey(p.text.split(/\s+/).slice(-words).join(' ')) === key,
    );
    if (longer.length === 0) continue;
    // A head several specific tasks share ("social", "item" recommendation) stays a surface of the first, not a task of its own.
    const owners = new Set(longer.map((p) => groupKey(p.text)));
    if (owners.size === 1 || words === 1) keys.union(groupKey(longer[0].text), groupKey(m.text));
  }
}

/** "neural networks" said in passing: a generic technique word, not defined and not in the title. */
function isIncidentalGeneric(g: Group): boolean {
  return g.mentions.every(
    (m) => m.entry !== null && genericConceptKeys.has(m.entry.key) && m.source === 'lexicon' && m.field === 'abstract',
  );
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
  if (g.mentions.every((m) => m.kind === 'task')) {
    // A task is named by its most specific phrase ("long-range time series forecasting" over "time series forecasting").
    const words = (m: Mention) => m.text.split(/\s+/).length * 2 + (m.field === 'abstract' ? 1 : 0);
    return g.mentions.reduce((best, m) => (words(m) > words(best) ? m : best)).text;
  }
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

function sweep(
  texts: Record<Field, string>,
  alias: string,
  root: string,
  taken: Map<string, string>,
  spans: readonly OwnedSpan[],
  seen: Set<string>,
  surfaces: Set<string>,
  evidence: EvidenceSpan[],
): void {
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

/** Generic heads annotators write with or without: "transformer models" / "transformer", "Griffin architecture" / "Griffin". */
const GENERIC_HEADS: Partial<Record<EntityKind, RegExp>> = {
  method:
    /^[ -](?:framework|algorithm|architecture|network|model|method|layer|mechanism|module|system|library|optimizer|approach|technique)s?\b/i,
  concept:
    /^[ -](?:framework|algorithm|architecture|network|model|method|layer|mechanism|module|approach|technique|paradigm|strategy|strategies|scheme)s?\b/i,
  dataset:
    /^[ -](?:dataset|data set|database|benchmark|corpus|corpora|suite|collection|(?:test|training|train|validation|evaluation) (?:set|split|collection)|repository)s?\b/i,
  task: /^[ -](?:task|problem)s?\b/i,
};
const HEADED =
  /^(.+?)[ -](?:framework|algorithm|architecture|network|model|method|layer|mechanism|module|system|library|optimizer|approach|technique|paradigm|dataset|data set|database|benchmark|corpus|collection|task|problem)s?$/i;

/**
 * Adds the headed and the bare surface of each occurrence as aliases, with their evidence: the scorer and the graph
 * match an entity by any alias, and annotators write either. A bare form must still be a name ("Griffin") or known.
 */
function addHeadedForms(
  texts: Record<Field, string>,
  kind: EntityKind,
  root: string,
  spans: readonly OwnedSpan[],
  seen: Set<string>,
  surfaces: Set<string>,
  evidence: EvidenceSpan[],
): void {
  const head = GENERIC_HEADS[kind];
  for (const ev of [...evidence]) {
    const text = texts[ev.field];
    const surface = text.slice(ev.start, ev.end);
    const after = head?.exec(text.slice(ev.end, ev.end + 24));
    if (after) addForm(ev.field, ev.start, ev.end + after[0].length);
    const bare = HEADED.exec(surface)?.[1];
    if (bare && bareIsName(bare, kind) && standsAlone(texts, bare)) addForm(ev.field, ev.start, ev.start + bare.length);
  }
  function addForm(field: Field, start: number, end: number): void {
    const id = `${field}:${start}:${end}`;
    if (
      seen.has(id) ||
      spans.some(
        (s) =>
          s.root !== root &&
          s.field === field &&
          s.start < end &&
          start < s.end &&
          !(s.start >= start && s.end <= end && s.start === start),
      )
    )
      return;
    seen.add(id);
    surfaces.add(texts[field].slice(start, end));
    evidence.push({ field, start, end });
  }
}

const HEAD_AFTER =
  /^[ -](?:framework|algorithm|architecture|network|model|method|layer|mechanism|module|system|library|optimizer|approach|technique|paradigm|dataset|benchmark|corpus|task|problem)s?\b/i;

/** A capitalised word right after: the occurrence is the start of a longer name ("Neural Machine Translation"). */
const NAME_GOES_ON = /^[ -]\p{Lu}/u;

/**
 * The bare form is used on its own somewhere ("Griffin" beside "Griffin architecture"), not only as a truncation
 * ("Neural" of "Neural Network") or as the first word of another name ("Neural" of "Neural Machine Translation").
 */
function standsAlone(texts: Record<Field, string>, bare: string): boolean {
  for (const text of [texts.title, texts.abstract]) {
    for (let at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
      const end = at + bare.length;
      if (ALNUM.test(text[at - 1] ?? '') || ALNUM.test(text[end] ?? '')) continue;
      const after = text.slice(end, end + 16);
      if (!HEAD_AFTER.test(after) && !NAME_GOES_ON.test(after)) return true;
    }
  }
  return false;
}

function bareIsName(bare: string, kind: EntityKind): boolean {
  // A bare multi-word form is a truncation ("Large Language" of "Large Language Models") unless a lexicon knows it.
  if (/\s/.test(bare) ? lookupLexicon(bare)?.kind !== kind : !/\p{Lu}/u.test(bare) && lookupLexicon(bare)?.kind !== kind) return false;
  const key = canonicalKey(bare);
  return key.length >= 2 && !fillerKeys.has(key);
}

/** "fine-tuning" is also written "fine-tuned", "fine-tune": the verb forms of a technique's last word, for the sweep. */
function inflections(kind: EntityKind, surfaces: ReadonlySet<string>): string[] {
  if (kind !== 'concept') return [];
  const out: string[] = [];
  for (const s of surfaces) {
    const m = /^(.*?)(\p{Ll}{2,}?)(e?)ing$/u.exec(s);
    if (!m || s.length < 6) continue;
    const stem = m[1] + m[2];
    const doubled = /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
    for (const form of [doubled + 'ed', doubled + 'e', doubled, doubled + 'es', doubled + 's', stem + 'ed'])
      if (form !== s && form.length > 3) out.push(form);
  }
  return out;
}
