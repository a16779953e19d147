import { Node, int } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { nodeToDTO } from '../../../web/server/dto.ts';

describe('nodeToDTO', () => {
  it("keeps a paper's stored extraction, hashes and abstract out of graph payloads (a path through papers)", () => {
    const paper = new Node(
      int(1),
      ['Paper'],
      {
        key: 'p1',
        title: 'EpiGNN',
        abstract: 'We propose EpiGNN.',
        date: '2024-04-30',
        upvotes: int(7),
        extraction: JSON.stringify({ id: 'p1', methods: [{ name: 'EpiGNN' }] }),
        writtenHash: 'a'.repeat(64),
        contentHash: 'b'.repeat(64),
        extractorVersion: 'x',
        ingestedAt: '2024-05-01T00:00:00Z',
      },
      '4:db:1',
    );
    const dto = nodeToDTO(paper);
    expect(dto).toMatchObject({ id: 'Paper:p1', label: 'Paper', key: 'p1', name: 'EpiGNN' });
    expect(Object.keys(dto.props ?? {}).sort()).toEqual(['date', 'upvotes']);
  });
});
