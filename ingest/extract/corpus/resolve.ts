/**
 * The corpus-level pass, run on a batch of extracted papers after each was extracted on its own:
 * 1. surfaces fold to corpus keys (fold.ts), and clear misspellings of a better attested name fold into it;
 * 2. every acronym definition any paper gives ("Graph Neural Networks (GNNs)") is counted; an acronym with one
 *    meaning (at least DOMINANT_SHARE of its definitions) resolves the bare acronym in every paper, one with several
 *    stays apart (each defining paper keeps its own long form) and is reported with its meanings;
 * 3. every paper's entity votes for its type with its confidence, remembered entities with their paper counts;
 *    the winner is the type everywhere, and the votes stay on each mention as evidence;
 * 4. each paper's entities are renamed to the group's one name (the remembered one first, so graph keys stay),
 *    moved to the winning type's list and merged when two now name the same thing.
 */
import { canonicalKey } from '../../../graph-schema/keys.ts';
import type { ClaimMention, DatasetMention, EntityMention, MethodMention, PaperExtraction, RecognisedBy } from '../../types.ts';
import type { EntityKind } from '../entities/lexicon/index.ts';
import { identitySurfaces, isAcronymSurface, meaningSignature, surfaceKey } from './fold.ts';
import { CorpusMemory } from './memory.ts';
import { findMisspellings, type SpelledName } from './misspellings.ts';

type ListName = 'methods' | 'concepts' | 'datasets' | 'tasks' | 'metrics';
const LISTS: ReadonlyArray<[ListName, EntityKind]> = [
  ['methods', 'method'],
  ['concepts', 'concept'],
  ['datasets', 'dataset'],
  ['tasks', 'task'],
  ['metrics', 'metric'],
];
const LIST_OF: Record<EntityKind, ListName> = {
  method: 'methods',
  concept: 'concepts',
  dataset: 'datasets',
  task: 'tasks',
  metric: 'metrics',
};
/** Tie-break of the type vote: the more specific claim about a name wins (lower first). Keyed by kind, so a new kind must be ranked. */
const KIND_RANK: Record<EntityKind, number> = { dataset: 0, task: 1, metric: 2, method: 3, concept: 4 };

/** An acronym resolves to its most frequent meaning when that meaning has this share of its definitions. */
export const DOMINANT_SHARE = 0.75;
/** Vote weight of a paper whose extraction gave no confidence. */
const DEFAULT_VOTE = 0.6;
/**
 * How much a paper's type for a name counts, by how it was recognised: a bare name shape is typed "method" for
 * want of evidence, so it barely votes against a context ("the X dataset", "trained on X") or a lexicon.
 */
const VOTE_FACTOR: Record<RecognisedBy, number> = { lexicon: 1, context: 1, definition: 0.8, corpus: 0.7, pattern: 0.2 };

function voteOf(m: AnyMention): number {
  return (m.confidence ?? DEFAULT_VOTE) * (m.recognisedBy ? VOTE_FACTOR[m.recognisedBy] : 1);
}
/** Vote weight per paper of a remembered entity (its papers were typed with the same evidence, once). */
const REMEMBERED_VOTE = 0.7;

type AnyMention = EntityMention & { role?: MethodMention['role'] | DatasetMention['role'] };

interface Occurrence {
  /** Index of the paper in the batch, or -1 for a remembered entity. */
  paper: number;
  kind: EntityKind;
  mention: AnyMention;
  weight: number;
  longKeys: string[];
  acronymKeys: string[];
  papers: number;
}

export interface AmbiguousAcronym {
  acronym: string;
  /** Each meaning with the papers that define it so: "Gaussian process (3)". */
  meanings: string[];
}

export interface CorpusReport {
  entitiesBefore: number;
  entitiesAfter: number;
  retyped: number;
  acronymsResolved: number;
  misspellingsFolded: number;
  ambiguousAcronyms: AmbiguousAcronym[];
}

export interface CorpusResolution<P extends PaperExtraction = PaperExtraction> {
  papers: P[];
  report: CorpusReport;
}

class KeyUnion {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let root = k;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    this.parent.set(k, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

function surfacesOf(m: EntityMention): string[] {
  return [m.name, ...m.aliases];
}

function occurrence(paper: number, kind: EntityKind, mention: AnyMention, weight: number, papers: number): Occurrence {
  const longKeys: string[] = [];
  const acronymKeys: string[] = [];
  const surfaces = identitySurfaces(surfacesOf(mention));
  for (const s of surfaces.length > 0 ? surfaces : [mention.name]) {
    const key = surfaceKey(s);
    if (key.length <= 2) continue;
    const list = isAcronymSurface(s) ? acronymKeys : longKeys;
    if (!list.includes(key)) list.push(key);
  }
  return { paper, kind, mention, weight, longKeys, acronymKeys, papers };
}

function collectOccurrences(papers: readonly PaperExtraction[], memory: CorpusMemory): Occurrence[] {
  const out: Occurrence[] = [];
  papers.forEach((paper, index) => {
    for (const [list, kind] of LISTS) for (const m of paper[list] as AnyMention[]) out.push(occurrence(index, kind, m, voteOf(m), 1));
  });
  const batchKeys = new Set(out.flatMap((o) => [...o.longKeys, ...o.acronymKeys]));
  for (const known of memory.relevantTo(batchKeys)) {
    out.push(
      occurrence(-1, known.kind, { name: known.name, aliases: known.aliases, evidence: [] }, known.papers * REMEMBERED_VOTE, known.papers),
    );
  }
  return out;
}

/**
 * Resolves a batch. The result depends only on the set of papers (and the memory), not on their order: they are
 * resolved in id order and returned in the order given, so an ingest that stores each paper's own extraction and
 * re-resolves all of them after any run reaches the same graph whatever order or runs the papers came in.
 */
export function resolveCorpus<P extends PaperExtraction>(
  papers: readonly P[],
  memory: CorpusMemory = new CorpusMemory(),
): CorpusResolution<P> {
  const order = papers.map((_, index) => index).sort((a, b) => compareIds(papers[a].id, papers[b].id) || a - b);
  const { papers: sorted, report } = resolveInOrder(
    order.map((index) => papers[index]),
    memory,
  );
  const out = new Array<P>(papers.length);
  order.forEach((index, position) => (out[index] = sorted[position]));
  return { papers: out, report };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function resolveInOrder<P extends PaperExtraction>(papers: readonly P[], memory: CorpusMemory): CorpusResolution<P> {
  const occurrences = collectOccurrences(papers, memory);
  const keys = new KeyUnion();
  for (const o of occurrences) {
    const own = o.longKeys.length > 0 ? o.longKeys : o.acronymKeys;
    for (const k of own) keys.union(k, own[0]);
  }
  const misspellingsFolded = foldMisspellings(occurrences, keys);
  const { resolved, ambiguous } = resolveAcronyms(occurrences, keys);
  for (const [acronym, root] of resolved) keys.union(acronym, root);
  const rootOf = (o: Occurrence): string => keys.find(o.longKeys[0] ?? o.acronymKeys[0] ?? canonicalKey(o.mention.name));
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const root = rootOf(o);
    const g = groups.get(root);
    if (g) g.push(o);
    else groups.set(root, [o]);
  }
  const decisions = new Map<Occurrence, GroupDecision>();
  for (const group of groups.values()) {
    const decision = decideGroup(group);
    for (const o of group) decisions.set(o, decision);
  }
  const owners = aliasOwners(groups, decisions, new Set(ambiguous.map((a) => a.acronym)));
  const hardware = new Set(papers.flatMap((p) => p.hardware.map((h) => canonicalKey(h.name))));
  const byPaper = papers.map(() => [] as Occurrence[]);
  for (const o of occurrences) if (o.paper >= 0 && !hardware.has(canonicalKey(o.mention.name))) byPaper[o.paper].push(o);
  const out = papers.map((paper, index) => rewritePaper(paper, byPaper[index], decisions, owners));
  for (const decision of new Set(decisions.values()))
    if (decision.papers > 0)
      memory.remember({ kind: decision.kind, name: decision.name, aliases: decision.aliases, papers: decision.papers });
  const before = occurrences.filter((o) => o.paper >= 0).length;
  const after = out.reduce((n, p) => n + LISTS.reduce((m, [list]) => m + p[list].length, 0), 0);
  const retyped = occurrences.filter((o) => o.paper >= 0 && decisions.get(o)!.kind !== o.kind).length;
  const acronymsResolved = occurrences.filter(
    (o) => o.paper >= 0 && o.longKeys.length === 0 && resolved.has(o.acronymKeys[0] ?? ''),
  ).length;
  return {
    papers: out,
    report: { entitiesBefore: before, entitiesAfter: after, retyped, acronymsResolved, misspellingsFolded, ambiguousAcronyms: ambiguous },
  };
}

function foldMisspellings(occurrences: readonly Occurrence[], keys: KeyUnion): number {
  const names = new Map<string, SpelledName>();
  for (const o of occurrences) {
    for (const s of surfacesOf(o.mention)) {
      if (isAcronymSurface(s) || !/\s/.test(s.trim())) continue;
      const key = surfaceKey(s);
      const known = names.get(key);
      if (known) known.papers += o.papers;
      else
        names.set(key, {
          words: s
            .toLowerCase()
            .split(/\s+/)
            .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, '')),
          papers: o.papers,
        });
    }
  }
  const pairs = findMisspellings(names);
  for (const [wrong, right] of pairs) keys.union(wrong, right);
  return pairs.length;
}

interface AcronymResolution {
  resolved: Map<string, string>;
  ambiguous: AmbiguousAcronym[];
}

/** Counts, per acronym, the long forms papers define it as; one clear meaning resolves it everywhere. */
function resolveAcronyms(occurrences: readonly Occurrence[], keys: KeyUnion): AcronymResolution {
  const meanings = new Map<string, Map<string, { weight: number; papers: number; name: string }>>();
  for (const o of occurrences) {
    if (o.longKeys.length === 0) continue;
    const root = keys.find(o.longKeys[0]);
    for (const a of o.acronymKeys) {
      let byRoot = meanings.get(a);
      if (!byRoot) meanings.set(a, (byRoot = new Map()));
      const m = byRoot.get(root);
      if (m) {
        m.weight += o.papers;
        m.papers += o.papers;
      } else byRoot.set(root, { weight: o.papers, papers: o.papers, name: o.mention.name });
    }
  }
  const resolved = new Map<string, string>();
  const ambiguous: AmbiguousAcronym[] = [];
  for (const byRoot of meanings.values()) mergeSameMeanings(byRoot, keys);
  for (const [acronym, byRoot] of meanings) {
    const ranked = [...byRoot.entries()].sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1));
    const total = ranked.reduce((n, [, m]) => n + m.weight, 0);
    if (ranked[0][1].weight / total >= DOMINANT_SHARE) resolved.set(acronym, ranked[0][0]);
    else ambiguous.push({ acronym: acronym.slice(2), meanings: ranked.map(([, m]) => `${m.name} (${m.papers})`) });
  }
  return { resolved, ambiguous };
}

/** Two definitions of one acronym with one meaning (meaningSignature) are one thing: their groups join. */
function mergeSameMeanings(byRoot: Map<string, { weight: number; papers: number; name: string }>, keys: KeyUnion): void {
  const bySignature = new Map<string, string>();
  for (const [root, m] of [...byRoot]) {
    const signature = meaningSignature(m.name);
    const first = bySignature.get(signature);
    if (first === undefined) {
      bySignature.set(signature, root);
      continue;
    }
    keys.union(root, first);
    const kept = byRoot.get(first)!;
    kept.weight += m.weight;
    kept.papers += m.papers;
    byRoot.delete(root);
  }
}

interface GroupDecision {
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** "dataset:2.4" per type voted for, winner first; empty when every vote agreed. */
  votes: string[];
  share: number;
  /** Papers of this batch in the group. */
  papers: number;
}

function decideGroup(group: readonly Occurrence[]): GroupDecision {
  const tally = new Map<EntityKind, number>();
  for (const o of group) tally.set(o.kind, (tally.get(o.kind) ?? 0) + o.weight);
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1] || KIND_RANK[a[0]] - KIND_RANK[b[0]]);
  const total = ranked.reduce((n, [, w]) => n + w, 0);
  const kind = ranked[0][0];
  const votes = ranked.length > 1 ? ranked.map(([k, w]) => `${k}:${Math.round(w * 100) / 100}`) : [];
  const aliases = new Set<string>();
  for (const o of group) for (const s of surfacesOf(o.mention)) if (aliases.size < 24) aliases.add(s);
  return {
    kind,
    name: groupName(group),
    aliases: [...aliases],
    votes,
    share: total > 0 ? ranked[0][1] / total : 1,
    papers: new Set(group.filter((o) => o.paper >= 0).map((o) => o.paper)).size,
  };
}

/** The remembered name first (its graph key stays), else the long form most papers use, else the commonest name. */
function groupName(group: readonly Occurrence[]): string {
  const remembered = group.filter((o) => o.paper < 0).sort((a, b) => b.papers - a.papers)[0];
  if (remembered) return remembered.mention.name;
  // Counted by exact spelling: "CIFAR-10" and "CIFAR10" share a key, and the spelling most papers use should win.
  const counts = new Map<string, { name: string; n: number; long: boolean }>();
  for (const o of group) {
    const key = o.mention.name.trim();
    const c = counts.get(key);
    if (c) c.n += 1;
    else counts.set(key, { name: o.mention.name, n: 1, long: !isAcronymSurface(o.mention.name) });
  }
  return [...counts.values()].sort((a, b) => Number(b.long) - Number(a.long) || b.n - a.n || a.name.length - b.name.length)[0].name;
}

/**
 * Which decided entity owns each surface (by canonical key, per type): the group whose name or identity surface it
 * is, the one with most papers first. A surface owned by another entity is dropped from an entity's aliases ("clustering"
 * stays the task clustering, not also an alias of graph clustering); an acronym the corpus found ambiguous is owned
 * by each of its meanings.
 */
function aliasOwners(
  groups: ReadonlyMap<string, Occurrence[]>,
  decisions: ReadonlyMap<Occurrence, GroupDecision>,
  ambiguous: ReadonlySet<string>,
): Map<string, GroupDecision> {
  const owners = new Map<string, GroupDecision>();
  const claims: Array<{ key: string; decision: GroupDecision; rank: number }> = [];
  for (const group of groups.values()) {
    const decision = decisions.get(group[0])!;
    claims.push({ key: `${decision.kind}:${canonicalKey(decision.name)}`, decision, rank: Number.MAX_SAFE_INTEGER });
    for (const o of group) {
      for (const s of identitySurfaces(surfacesOf(o.mention))) {
        if (isAcronymSurface(s) && ambiguous.has(s.replace(/[^\p{L}\p{N}]+/gu, '').replace(/s$/, ''))) continue;
        claims.push({ key: `${decision.kind}:${canonicalKey(s)}`, decision, rank: decision.papers });
      }
    }
  }
  claims.sort((a, b) => b.rank - a.rank);
  for (const c of claims) if (!owners.has(c.key)) owners.set(c.key, c.decision);
  return owners;
}

function rewritePaper<P extends PaperExtraction>(
  paper: P,
  occurrences: readonly Occurrence[],
  decisions: ReadonlyMap<Occurrence, GroupDecision>,
  owners: ReadonlyMap<string, GroupDecision>,
): P {
  const lists: Record<ListName, Map<string, AnyMention>> = {
    methods: new Map(),
    concepts: new Map(),
    datasets: new Map(),
    tasks: new Map(),
    metrics: new Map(),
  };
  const renamed = new Map<string, ClaimMention>();
  for (const o of occurrences) {
    const d = decisions.get(o)!;
    const list = LIST_OF[d.kind];
    const key = canonicalKey(d.name);
    const introduced = o.mention.role === 'proposed' || o.mention.role === 'introduced';
    const retyped = d.kind !== o.kind;
    const resolvedElsewhere = !retyped && canonicalKey(o.mention.name) !== key && o.longKeys.length === 0;
    const next: AnyMention = {
      name: d.name,
      aliases: [...new Set([d.name, ...surfacesOf(o.mention)])].filter((a) => (owners.get(`${d.kind}:${canonicalKey(a)}`) ?? d) === d),
      evidence: o.mention.evidence,
      recognisedBy: retyped || resolvedElsewhere ? 'corpus' : o.mention.recognisedBy,
      confidence: retyped ? Math.round((o.mention.confidence ?? DEFAULT_VOTE) * d.share * 100) / 100 : o.mention.confidence,
      ...(d.votes.length > 0 ? { typeVotes: d.votes } : {}),
    };
    if (d.kind === 'method') next.role = introduced ? 'proposed' : 'used';
    if (d.kind === 'dataset') next.role = introduced ? 'introduced' : 'used';
    const existing = lists[list].get(key);
    lists[list].set(key, existing ? mergeMentions(existing, next) : next);
    renamed.set(`${o.kind}:${o.mention.name}`, { type: d.kind, name: d.name });
  }
  const claims = paper.claims.map((c) => ({ ...c, mentions: renameClaimMentions(c.mentions, renamed) }));
  return {
    ...paper,
    methods: [...lists.methods.values()] as MethodMention[],
    concepts: [...lists.concepts.values()].map(stripRole),
    datasets: [...lists.datasets.values()] as DatasetMention[],
    tasks: [...lists.tasks.values()].map(stripRole),
    metrics: [...lists.metrics.values()].map(stripRole),
    claims,
  };
}

function stripRole(m: AnyMention): EntityMention {
  const { role: _role, ...rest } = m;
  return rest;
}

function mergeMentions(a: AnyMention, b: AnyMention): AnyMention {
  const spans = new Map(a.evidence.map((e) => [`${e.field}:${e.start}:${e.end}`, e]));
  for (const e of b.evidence) spans.set(`${e.field}:${e.start}:${e.end}`, e);
  const evidence = [...spans.values()].sort((x, y) => (x.field === y.field ? x.start - y.start : x.field === 'title' ? -1 : 1));
  const role =
    a.role === 'proposed' || b.role === 'proposed'
      ? 'proposed'
      : a.role === 'introduced' || b.role === 'introduced'
        ? 'introduced'
        : a.role;
  const sure = (b.confidence ?? 0) > (a.confidence ?? 0) ? b : a;
  return {
    ...a,
    aliases: [...new Set([...a.aliases, ...b.aliases])],
    evidence,
    recognisedBy: sure.recognisedBy,
    confidence: sure.confidence,
    ...(role ? { role } : {}),
  };
}

function renameClaimMentions(mentions: readonly ClaimMention[], renamed: ReadonlyMap<string, ClaimMention>): ClaimMention[] {
  const out = new Map<string, ClaimMention>();
  for (const m of mentions) {
    const next = renamed.get(`${m.type}:${m.name}`) ?? m;
    out.set(`${next.type}:${next.name}`, next);
  }
  return [...out.values()];
}
