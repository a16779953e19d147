/**
 * Folding surfaces to one corpus key: "Gaussian Processes" / "Gaussian process", "accuracies" / "accuracy",
 * "D{\epsilon}pS" / "DεpS" are one key. Acronyms keep their case ("MoS" is not "MOS") and are keyed apart, because
 * what an acronym means is decided by the definitions papers give (resolve.ts), not by its letters.
 */
import { canonicalKey } from '../../../graph-schema/keys.ts';

const GREEK: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
};
const LATEX_GREEK =
  /\{?\\(alpha|beta|gamma|delta|varepsilon|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|phi|chi|psi|omega)\}?/g;
/** "{times}", "\times", "$\times$": a multiplication sign written in LaTeX. */
const LATEX_TIMES = /\$?\{?\\?times\}?\$?/g;

/** Undoes the LaTeX artefacts abstracts carry into names: Greek letters, braces, "$", "\times". */
export function cleanLatex(surface: string): string {
  if (!/[\\{}$]/.test(surface)) return surface;
  return surface
    .replace(LATEX_GREEK, (_, name: string) => GREEK[name] ?? name)
    .replace(LATEX_TIMES, '×')
    .replace(/\\[a-zA-Z]+\s*/g, '')
    .replace(/[{}$\\]/g, '');
}

/**
 * A token written as an acronym: no space, at least two capitals, and mostly capitals or very short ("GNNs", "ViT",
 * "LLaMA", "GPT-4", "DεpS"). "ImageNet" and "EfficientNet" are proper names, folded like any other name.
 */
export function isAcronymSurface(surface: string): boolean {
  const s = cleanLatex(surface).trim();
  if (s.length > 12 || /\s/.test(s)) return false;
  const letters = s.replace(/[^\p{L}]+/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]+/gu, '').length;
  return capitals >= 2 && (capitals * 2 >= letters.length || letters.length <= 4);
}

/**
 * The acronym's key: its letters and digits as written, one plural "s" dropped ("GNNs" -> "GNN"); "+" spelled out as
 * the canonical key does, so a variant ("PFGM++") stays apart from what it extends ("PFGM").
 */
export function acronymKey(surface: string): string {
  const letters = cleanLatex(surface)
    .normalize('NFKC')
    .replace(/\+/g, 'plus')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  const singular = letters.length > 2 && /s$/.test(letters) && /\p{Lu}/u.test(letters.at(-2) ?? '') ? letters.slice(0, -1) : letters;
  return 'A:' + singular;
}

/**
 * The corpus key of a long (non-acronym) surface: the graph's canonical key with LaTeX undone and English plural
 * endings the canonical key leaves ("accuracies" -> "accuracie", "processes" -> "processe") folded too.
 */
export function foldKey(surface: string): string {
  const key = canonicalKey(cleanLatex(surface));
  if (key.length > 5 && key.endsWith('ie')) return key.slice(0, -2) + 'y';
  if (key.length > 5 && /(?:ss|x|ch|sh)e$/.test(key)) return key.slice(0, -1);
  return key;
}

/** The key a surface is grouped by across the corpus. */
export function surfaceKey(surface: string): string {
  return isAcronymSurface(surface) ? acronymKey(surface) : 'L:' + foldKey(surface);
}

/** Head words annotators add or leave off a name ("GNN architecture", "transformer models"). */
const GENERIC_HEAD =
  /^(?:framework|algorithm|architecture|network|model|method|layer|mechanism|module|system|library|optimizer|approach|technique|paradigm|strateg(?:y|ie)|scheme|dataset|benchmark|corpus|suite|task|problem)s?$/i;

/** A one-token name a head word may follow: an acronym, a name with digits, or one capitalised word ("Griffin"). */
function isBareName(surface: string): boolean {
  return isAcronymSurface(surface) || /\d/.test(surface) || /^\p{Lu}[\p{Ll}]+$/u.test(surface);
}

/**
 * What a long form means, spelling aside: its words without generic heads, each cut to six letters, hyphens as
 * spaces. "General Matrix Multiplication" and "general matrix multiply" mean one thing; "language model" and
 * "language modeling" do not.
 */
export function meaningSignature(surface: string): string {
  const ws = cleanLatex(surface)
    .toLowerCase()
    .split(/[\s\-‐-―]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
  const core = ws.filter((w, i) => i === 0 || !GENERIC_HEAD.test(w));
  return core.map((w) => w.replace(/s$/, '').slice(0, 6)).join(' ');
}

function words(surface: string): string[] {
  return cleanLatex(surface).split(/\s+/).map(canonicalKey).filter(Boolean);
}

function startsWith(long: readonly string[], short: readonly string[]): boolean {
  return short.length < long.length && short.every((w, i) => long[i] === w);
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  const off = long.length - short.length;
  return off > 0 && short.every((w, i) => long[off + i] === w);
}

/**
 * The surfaces of one paper's entity that say what the thing IS, so that another paper writing one of them names
 * the same thing. Left out: a headed form ("GNN architecture" beside "GNN"), a bare head ("classification" beside
 * "multi-class classification") and a truncation ("Graph Neural" beside "Graph Neural Network").
 */
export function identitySurfaces(surfaces: readonly string[]): string[] {
  const split = surfaces.map((s) => ({ s, w: words(s) }));
  return surfaces.filter((s) => {
    const w = words(s);
    return !split.some((o) => {
      if (o.s === s) return false;
      if (o.w.length === 1 && isBareName(o.s) && startsWith(w, o.w) && w.slice(1).every((x) => GENERIC_HEAD.test(x))) return true;
      if (endsWith(o.w, w)) return true;
      return startsWith(o.w, w) && !o.w.slice(w.length).every((x) => GENERIC_HEAD.test(x));
    });
  });
}
