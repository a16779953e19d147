import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { cellText, toCsv, toJson } from '../../../web/client/src/export/tables.ts';
import { toGexf } from '../../../web/client/src/export/gexf.ts';
import { buildGraph } from '../../../web/client/src/graph/build.ts';
import { sampleGraph } from './fixtures.ts';

const nodeValue = { id: 'Dataset:imagenet', label: 'Dataset', key: 'imagenet', name: 'ImageNet', properties: { paperCount: 27 } };

describe('table export', () => {
  it('writes RFC 4180 CSV: quotes commas, quotes and newlines', () => {
    const csv = toCsv(
      ['name', 'note', 'n'],
      [
        ['a,b', 'say "hi"\nthere', 3],
        [null, undefined, true],
      ],
    );
    expect(csv).toBe('name,note,n\r\n"a,b","say ""hi""\nthere",3\r\n,,true\r\n');
  });

  it('neutralises spreadsheet formulas but keeps negative numbers', () => {
    const csv = toCsv(['v'], [['=HYPERLINK("http://x")'], ['-0.5'], [-2], ['@cmd']]);
    const lines = csv.trim().split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[2]).toBe('-0.5');
    expect(lines[3]).toBe('-2');
    expect(lines[4]).toBe("'@cmd");
  });

  it('shows graph nodes by name in cells, other objects as JSON', () => {
    expect(cellText(nodeValue)).toBe('(:Dataset ImageNet)');
    expect(cellText({ id: 'r1', type: 'USES', source: 'a', target: 'b' })).toBe('[:USES]');
    expect(cellText([1, 2])).toBe('[1,2]');
    expect(toCsv(['d'], [[nodeValue]])).toContain('(:Dataset ImageNet)');
  });

  it('writes JSON as one object per row with the values as the API sent them', () => {
    const parsed = JSON.parse(toJson(['d', 'count'], [[nodeValue, 5], [null]]));
    expect(parsed).toEqual([
      { d: nodeValue, count: 5 },
      { d: null, count: null },
    ]);
  });
});

describe('GEXF export', () => {
  it('produces GEXF that reads back with the same nodes, edges, labels and positions', () => {
    const graph = buildGraph(sampleGraph());
    const xml = toGexf(graph);
    expect(xml).toContain('<gexf');
    const back = parse(Graph, xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const imagenet = back.getNodeAttributes('Dataset:imagenet');
    expect(imagenet.label).toBe('IMAGENET');
    expect(imagenet.nodeLabel).toBe('Dataset');
    expect(imagenet.x).toBeCloseTo(graph.getNodeAttribute('Dataset:imagenet', 'x'), 3);
    expect(String(imagenet.color)).toMatch(/^(rgb|#)/);
  });

  it('escapes markup in names', () => {
    const dto = sampleGraph();
    dto.nodes[0].name = '<script>alert(1)</script> & co';
    const xml = toGexf(buildGraph(dto));
    expect(xml).not.toContain('<script>');
    expect(parse(Graph, xml).getNodeAttribute('Dataset:imagenet', 'label')).toBe('<script>alert(1)</script> & co');
  });
});
