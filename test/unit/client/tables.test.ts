import { describe, expect, it } from 'vitest';
import type { GraphDTO } from '../../../web/shared/api.ts';
import { buildGraph } from '../../../web/client/src/graph/build.ts';
import { linkRows, nodeRows, type LinkRow, type NodeRow } from '../../../web/client/src/tables/graph-rows.ts';
import { linkColumns, nodeColumns } from '../../../web/client/src/tables/columns.ts';
import {
  NO_FILTER,
  filterRows,
  groupRows,
  nextSort,
  sortRows,
  tableExport,
  type Column,
} from '../../../web/client/src/tables/table-model.ts';
import { decodeUrlState, encodeUrlState, DEFAULT_STATE } from '../../../web/client/src/state/url-state.ts';
import { edge, node, sampleGraph } from './fixtures.ts';

/** A100's neighbourhood: papers running on it (with GPU counts), one also evaluating on a dataset. */
function hardwareNeighbourhood(): GraphDTO {
  return {
    nodes: [
      node('Hardware', 'a100', 40),
      node('Paper', 'p1', null),
      node('Paper', 'p2', null),
      node('Paper', 'p3', null),
      node('Dataset', 'imagenet', 27),
      node('Method', 'resnet', 12),
    ],
    edges: [
      { ...edge('Paper:p1', 'Hardware:a100', 1, 'RUNS_ON'), props: { count: 8 } },
      { ...edge('Paper:p2', 'Hardware:a100', 1, 'RUNS_ON'), props: { count: 2048 } },
      edge('Paper:p3', 'Hardware:a100', 1, 'RUNS_ON'),
      edge('Paper:p1', 'Dataset:imagenet', 1, 'EVALUATES_ON'),
      edge('Paper:p2', 'Dataset:imagenet', 1, 'INTRODUCES'),
      edge('Hardware:a100', 'Method:resnet', 5),
      // Parallel to the co-occurrence: drawn as one edge, two rows in the link table.
      edge('Paper:p1', 'Method:resnet', 1, 'USES'),
      edge('Method:resnet', 'Paper:p1', 3),
    ],
  };
}

const byId = <Row extends { id: string }>(rows: Row[]) => new Map(rows.map((row) => [row.id, row]));
const names = (rows: NodeRow[]) => rows.map((row) => row.name);

describe('table rows from the drawn graph', () => {
  it('lists every drawn node with its papers and the links drawn to it', () => {
    const graph = buildGraph(sampleGraph());
    const rows = byId(nodeRows(graph));
    expect(rows.size).toBe(graph.order);
    expect(rows.get('Method:resnet')).toMatchObject({ name: 'RESNET', type: 'Method', papers: 12, degree: 2, linksToCentre: [] });
    expect(rows.get('Paper:p1')).toMatchObject({ papers: null, degree: 1, community: null, specificity: null });
  });

  it('says how each neighbour links to the centre, with the GPU count, and leaves the centre out', () => {
    const graph = buildGraph(hardwareNeighbourhood());
    const rows = byId(nodeRows(graph, 'Hardware:a100'));
    expect(rows.has('Hardware:a100')).toBe(false);
    expect(rows.get('Paper:p2')).toMatchObject({ linksToCentre: ['run on it'], kind: 'run on it', count: 2048, weight: null });
    expect(rows.get('Paper:p3')).toMatchObject({ kind: 'run on it', count: null });
    expect(rows.get('Method:resnet')).toMatchObject({ linksToCentre: ['appears with'], weight: 5 });
  });

  it("says what the centre's papers do with a neighbour: a dataset introduced by one, evaluated on by another", () => {
    const graph = buildGraph(hardwareNeighbourhood());
    const rows = byId(nodeRows(graph, 'Hardware:a100'));
    expect(rows.get('Dataset:imagenet')).toMatchObject({
      linksToCentre: [],
      throughPapers: [
        { kind: 'introduces', papers: 1 },
        { kind: 'evaluated on', papers: 1 },
      ],
      kind: 'through papers: introduces',
    });
    // A co-occurrence says less than what the papers do with it.
    expect(rows.get('Method:resnet')).toMatchObject({ throughPapers: [{ kind: 'uses', papers: 1 }], kind: 'through papers: uses' });
    // A direct typed link says most; papers and nodes off the centre's papers are further out.
    expect(rows.get('Paper:p1')?.throughPapers).toEqual([]);
    const aside = buildGraph({ ...hardwareNeighbourhood(), nodes: [...hardwareNeighbourhood().nodes, node('Task', 'loner', 2)] });
    expect(nodeRows(aside, 'Hardware:a100').find((row) => row.id === 'Task:loner')).toMatchObject({
      kind: 'further out',
      throughPapers: [],
    });
  });

  it('lists one link row per relationship, from source to target as stored, with its count', () => {
    const graph = buildGraph(hardwareNeighbourhood());
    const rows = linkRows(graph);
    expect(rows).toHaveLength(8);
    expect(graph.size).toBe(7);
    const p2 = rows.find((row) => row.source === 'Paper:p2' && row.relType === 'RUNS_ON');
    expect(p2).toMatchObject({ sourceName: 'P2', kind: 'runs on', targetName: 'A100', targetType: 'Hardware', count: 2048, weight: null });
    const p1 = rows.filter((row) => [row.source, row.target].includes('Paper:p1') && [row.source, row.target].includes('Method:resnet'));
    expect(p1.map((row) => [row.kind, row.weight]).sort()).toEqual([
      ['appears with', 3],
      ['uses', null],
    ]);
    const datasets = rows.filter((row) => row.targetType === 'Dataset').map((row) => `${row.sourceName} ${row.kind}`);
    expect(datasets.sort()).toEqual(['P1 evaluated on', 'P2 introduces']);
  });

  it('reads hand-made edges without relationship detail as one link each', () => {
    const graph = buildGraph(sampleGraph());
    graph.updateEachEdgeAttributes((_, attributes) => ({ ...attributes, links: undefined }));
    expect(linkRows(graph)).toHaveLength(graph.size);
  });
});

describe('sorting, filtering and grouping', () => {
  const graph = buildGraph(hardwareNeighbourhood());
  const nodes = nodeRows(graph, 'Hardware:a100');
  const columns = nodeColumns({ centred: true, rows: nodes });
  const column = (id: string) => columns.find((c) => c.id === id)!;

  it('shows the columns the graph carries', () => {
    expect(columns.map((c) => c.title)).toEqual([
      'Name',
      'Type',
      'Papers',
      'Link to centre',
      'Through papers',
      '×N',
      'Papers with centre',
      'Links drawn',
    ]);
    expect(column('through').value(nodes.find((row) => row.id === 'Dataset:imagenet')!)).toBe('introduces 1 · evaluated on 1');
    expect(nodeColumns({ centred: false, rows: nodeRows(graph) }).map((c) => c.id)).toEqual(['name', 'type', 'papers', 'degree']);
    expect(linkColumns(linkRows(graph)).map((c) => c.id)).toEqual([
      'source',
      'sourceType',
      'kind',
      'target',
      'targetType',
      'weight',
      'count',
    ]);
  });

  it('sorts numbers with empty cells last in either direction, and names naturally', () => {
    const down = sortRows(nodes, columns, { column: 'papers', direction: 'descending' });
    expect(names(down)).toEqual(['IMAGENET', 'RESNET', 'P1', 'P2', 'P3']);
    const up = sortRows(nodes, columns, { column: 'papers', direction: 'ascending' });
    expect(names(up)).toEqual(['RESNET', 'IMAGENET', 'P1', 'P2', 'P3']);
    expect(names(sortRows(nodes, columns, { column: 'count', direction: 'descending' })).slice(0, 2)).toEqual(['P2', 'P1']);
    const labelled = [{ name: 'item 10' }, { name: 'Item 9' }, { name: 'item 1' }];
    const nameColumn: Column<{ name: string }> = { id: 'name', title: 'Name', numeric: false, value: (row) => row.name };
    expect(sortRows(labelled, [nameColumn], { column: 'name', direction: 'ascending' }).map((row) => row.name)).toEqual([
      'item 1',
      'Item 9',
      'item 10',
    ]);
    expect(sortRows(nodes, columns, null)).toEqual(nodes);
  });

  it('starts a numeric column from the largest and a text column from A, flipping on a second click', () => {
    expect(nextSort(null, column('papers'))).toEqual({ column: 'papers', direction: 'descending' });
    expect(nextSort(null, column('name'))).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, column('name'))).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, column('papers')).direction).toBe('descending');
  });

  it('filters by text in any text cell and by type, links by either end', () => {
    const typeOf = (row: NodeRow) => [row.type];
    expect(names(filterRows(nodes, columns, { text: 'res', type: null }, typeOf))).toEqual(['RESNET']);
    expect(names(filterRows(nodes, columns, { text: 'RUN ON', type: null }, typeOf)).sort()).toEqual(['P1', 'P2', 'P3']);
    expect(names(filterRows(nodes, columns, { text: '', type: 'Paper' }, typeOf))).toHaveLength(3);
    expect(filterRows(nodes, columns, NO_FILTER, typeOf)).toHaveLength(nodes.length);
    const links = linkRows(graph);
    const ends = (row: LinkRow) => [row.sourceType, row.targetType];
    expect(filterRows(links, linkColumns(links), { text: '', type: 'Dataset' }, ends)).toHaveLength(2);
    expect(filterRows(links, linkColumns(links), { text: 'introduces', type: 'Paper' }, ends)).toHaveLength(1);
  });

  it('groups by link kind, largest first, the named kinds last, rows kept in sorted order', () => {
    const sorted = sortRows(nodes, columns, { column: 'count', direction: 'descending' });
    const groups = groupRows(sorted, (row) => row.kind, ['appears with', 'further out']);
    expect(groups.map((group) => [group.kind, names(group.rows)])).toEqual([
      ['run on it', ['P2', 'P1', 'P3']],
      ['through papers: introduces', ['IMAGENET']],
      ['through papers: uses', ['RESNET']],
    ]);
    const byName = groupRows(sorted, (row) => row.name[0], ['P']);
    expect(byName.map((group) => group.kind)).toEqual(['I', 'R', 'P']);
  });

  it('exports the rows shown, in their order, by column title with raw values', () => {
    const shown = sortRows(nodes, columns, { column: 'count', direction: 'descending' }).slice(0, 2);
    const exported = tableExport(columns, shown);
    expect(exported.columns).toEqual(columns.map((c) => c.title));
    expect(exported.rows[0]).toEqual(['P2', 'Paper', null, 'run on it', '', 2048, null, 2]);
    expect(column('count').display?.(shown[0])).toBe('×2048');
  });
});

describe('the Graph | Table choice in the URL', () => {
  it('round-trips, and stays out of the URL when it is the default', () => {
    const state = { ...DEFAULT_STATE, view: 'neighbourhood' as const, display: 'table' as const, tableTab: 'links' as const };
    const search = encodeUrlState(state);
    expect(search).toContain('display=table');
    expect(search).toContain('table=links');
    expect(decodeUrlState(search)).toEqual(state);
    expect(encodeUrlState(DEFAULT_STATE)).toBe('');
    expect(decodeUrlState('?display=chart&table=rows')).toMatchObject({ display: 'graph', tableTab: 'nodes' });
  });
});
