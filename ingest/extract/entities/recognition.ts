/**
 * How an entity was recognised and how sure that makes us: the strongest of its mentions decides. A lexicon
 * entry is the surest, then an acronym definition in the text, then a context that types the name ("the X
 * dataset", "we propose X", "evaluated on X"), then a bare pattern (a name shape, a head word).
 */
import type { RecognisedBy } from '../../types.ts';
import type { Mention, MentionSource } from './mentions.ts';

export interface Recognition {
  recognisedBy: RecognisedBy;
  confidence: number;
}

const PATTERN_CONFIDENCE: Record<MentionSource, number> = {
  lexicon: 0.9,
  definition: 0.8,
  title: 0.7,
  list: 0.65,
  phrase: 0.6,
  head: 0.55,
  shape: 0.5,
};

function recognitionOfMention(m: Mention): Recognition {
  if (m.entry !== null) return { recognisedBy: 'lexicon', confidence: m.source === 'definition' ? 0.95 : 0.9 };
  if (m.source === 'definition') return { recognisedBy: 'definition', confidence: 0.8 };
  if (m.datasetContext || m.proposed) return { recognisedBy: 'context', confidence: Math.max(0.75, PATTERN_CONFIDENCE[m.source]) };
  return { recognisedBy: 'pattern', confidence: PATTERN_CONFIDENCE[m.source] };
}

/** Each further mention of the same thing adds a little certainty. */
const REPEAT_BONUS = 0.02;

export function recognitionOf(mentions: readonly Mention[]): Recognition {
  let best: Recognition = { recognisedBy: 'pattern', confidence: 0 };
  for (const m of mentions) {
    const r = recognitionOfMention(m);
    if (r.confidence > best.confidence) best = r;
  }
  const confidence = Math.min(0.99, best.confidence + REPEAT_BONUS * (mentions.length - 1));
  return { recognisedBy: best.recognisedBy, confidence: Math.round(confidence * 100) / 100 };
}
