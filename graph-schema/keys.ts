/**
 * Canonical keys. "CIFAR10", "CIFAR-10" and "cifar 10" are one dataset; "GNNs" and "GNN" one method.
 * Pure and dependency-free so the browser can use it too.
 */
import type { NodeLabel } from './model.ts';

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Normalised comparison form: NFKC, lower case, only letters and digits, one trailing plural "s" dropped. */
export function canonicalKey(name: string): string {
  // "+" names a different thing ("MoE++" is not "MoE", "C++" is not "C"), so it is spelled out rather than dropped.
  const folded = name.normalize('NFKC').toLowerCase().replace(DASHES, '-').replace(/\+/g, 'plus').replace(NOT_LETTER_OR_DIGIT, '');
  // Drop one plural "s" ("GNNs", "transformers") but not from short keys or "-ss" endings ("loss").
  if (folded.length > 3 && folded.endsWith('s') && !folded.endsWith('ss')) return folded.slice(0, -1);
  return folded;
}

/** The title form used to recognise one paper across listings. */
export function normaliseTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(DASHES, '-').replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}

/** Id of a graph node across the API and client: `Label:key`. */
export function nodeId(label: NodeLabel, key: string): string {
  return `${label}:${key}`;
}

export function parseNodeId(id: string): { label: string; key: string } | null {
  const colon = id.indexOf(':');
  if (colon <= 0 || colon === id.length - 1) return null;
  return { label: id.slice(0, colon), key: id.slice(colon + 1) };
}
