/**
 * Repository links: any URL on a code host (GitHub, GitLab, Bitbucket, Hugging Face, Gitee, ...), and other
 * URLs only when their sentence says it is code ("Our code is available at ..."). A plain project page is not
 * a code URL. Trailing sentence punctuation and LaTeX leftovers ("{here}") are trimmed; "github.com/x/y"
 * gets its https:// scheme so one repository is one string.
 */
import type { ExtractionContext } from './context.ts';

const URL_PATTERN = /\b(?:https?:\/\/|www\.|(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|gitee\.com)\/)[^\s<>"'{}\\]+/gi;
const CODE_HOSTS =
  /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|gitee\.com|codeberg\.org|sourceforge\.net|anonymous\.4open\.science|colab\.research\.google\.com|zenodo\.org)$/i;
const CODE_WORDS = /\b(?:code|codes|implementation|source|repository|repo|toolkit|library|package|software|open-sourced?)\b/i;
const WEIGHTS_OR_DATA_WORDS = /\b(?:weights|parameters|checkpoints?|dataset|datasets|data|models?)\b/i;
const TRAILING_PUNCTUATION = /[.,;:!?'"”’*]+$/;

export function extractCodeUrls(ctx: Pick<ExtractionContext, 'abstract'>): string[] {
  const urls: string[] = [];
  const seen = new Set<string>();
  for (const match of ctx.abstract.matchAll(URL_PATTERN)) {
    const url = normaliseUrl(trimUrl(match[0]));
    if (!url) continue;
    const start = match.index ?? 0;
    if (!isCodeUrl(url, sentenceAround(ctx.abstract, start))) continue;
    const key = url.toLowerCase().replace(/\/$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    urls.push(url);
  }
  return urls;
}

/** Drops sentence punctuation and unbalanced closing brackets the URL pattern swallowed. */
export function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const before = url;
    url = url.replace(TRAILING_PUNCTUATION, '');
    for (const [open, close] of [
      ['(', ')'],
      ['[', ']'],
    ] as const) {
      if (url.endsWith(close) && count(url, open) < count(url, close)) url = url.slice(0, -1);
    }
    if (url === before) return url;
  }
}

function normaliseUrl(url: string): string | null {
  if (!/[a-z0-9]\.[a-z]{2,}/i.test(url)) return null;
  if (/^https?:\/\//i.test(url)) return url;
  return `https://${url}`;
}

function isCodeUrl(url: string, sentence: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  // Model hubs also hold weights and data: there the sentence must not present the link as only that.
  if (/(?:^|\.)huggingface\.co$/i.test(host)) return CODE_WORDS.test(sentence) || !WEIGHTS_OR_DATA_WORDS.test(sentence);
  if (CODE_HOSTS.test(host)) return true;
  return CODE_WORDS.test(sentence);
}

/** The text from the previous sentence end to the URL: enough to see "Code is available at". */
function sentenceAround(text: string, index: number): string {
  const from = Math.max(0, text.lastIndexOf('. ', index) + 1);
  return text.slice(from, index);
}

const count = (text: string, char: string): number => text.split(char).length - 1;
