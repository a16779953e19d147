import { describe, expect, it } from 'vitest';
import { canonicalKey, nodeId, normaliseTitle, parseNodeId } from '../../../graph-schema/keys.ts';
import { paperIdFromTitle } from '../../../ingest/sources/paper-id.ts';

describe('canonicalKey', () => {
  it.each([
    ['CIFAR10', 'CIFAR-10'],
    ['CIFAR-10', 'cifar 10'],
    ['GNNs', 'GNN'],
    ['Graph Neural Networks', 'graph neural network'],
    ['ImageNet‑1k', 'ImageNet-1K'], // non-breaking hyphen
    ['ＢＥＲＴ', 'BERT'], // full-width letters fold under NFKC
  ])('folds %s and %s to one key', (a, b) => {
    expect(canonicalKey(a)).toBe(canonicalKey(b));
  });

  it('keeps different things apart', () => {
    expect(canonicalKey('MoE++')).not.toBe(canonicalKey('MoE'));
    expect(canonicalKey('loss')).toBe('loss');
    expect(canonicalKey('DεpS')).toBe('dεp');
    expect(canonicalKey('ResNet-18')).not.toBe(canonicalKey('ResNet-50'));
  });
});

describe('paper and node ids', () => {
  it('gives one paper id to titles that differ only in case, spacing and punctuation', () => {
    expect(paperIdFromTitle('GNNPipe: Scaling Deep GNN Training')).toBe(paperIdFromTitle('gnnpipe  scaling deep GNN training'));
    expect(paperIdFromTitle('A')).not.toBe(paperIdFromTitle('B'));
    expect(normaliseTitle('  Hello,   World! ')).toBe('hello world');
  });

  it('round-trips node ids whose keys contain colons', () => {
    expect(parseNodeId(nodeId('Paper', '2401.00001:v2'))).toEqual({ label: 'Paper', key: '2401.00001:v2' });
    expect(parseNodeId('nocolon')).toBeNull();
  });
});
