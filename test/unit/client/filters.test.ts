import { describe, expect, it } from 'vitest';
import { filterGraph, hasActiveFilters, nodePassesFilters } from '../../../web/client/src/graph/filters.ts';
import { filtersToParams } from '../../../web/client/src/api/client.ts';
import { node, sampleGraph } from './fixtures.ts';

describe('client-side filters', () => {
  it('keep everything when no filter is set', () => {
    const dto = sampleGraph();
    expect(hasActiveFilters({})).toBe(false);
    expect(filterGraph(dto, {}).graph).toBe(dto);
  });

  it('filter by type and drop edges that lose an end', () => {
    const { graph, hiddenNodes } = filterGraph(sampleGraph(), { types: ['Method', 'Hardware'] });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['Hardware:gpu', 'Method:bert', 'Method:resnet']);
    expect(hiddenNodes).toBe(2);
    expect(graph.edges.every((e) => e.source !== 'Dataset:imagenet' && e.target !== 'Dataset:imagenet')).toBe(true);
  });

  it('filter entities by minimum paper count but never papers', () => {
    const { graph } = filterGraph(sampleGraph(), { minPapers: 10 });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['Dataset:imagenet', 'Hardware:gpu', 'Method:resnet', 'Paper:p1']);
  });

  it('filter by date range overlap; unknown or year-less dates never exclude', () => {
    expect(nodePassesFilters(node('Method', 'old', 1, { firstDate: '2010-01-01', lastDate: '2012-01-01' }), { from: '2020-01-01' })).toBe(
      false,
    );
    expect(nodePassesFilters(node('Method', 'late', 1, { firstDate: '2025-01-01', lastDate: '2025-06-01' }), { to: '2024-12-31' })).toBe(
      false,
    );
    expect(
      nodePassesFilters(node('Method', 'span', 1, { firstDate: '2018-01-01', lastDate: '2025-01-01' }), {
        from: '2020-01-01',
        to: '2021-01-01',
      }),
    ).toBe(true);
    // The API's rule (web/shared/date-range.ts): without a dated year a node is out while a range is set.
    expect(nodePassesFilters(node('Paper', 'undated', null, { date: null }), { from: '2020-01-01' })).toBe(false);
    expect(nodePassesFilters(node('Paper', 'yearless', null, { date: '06-01' }), { from: '2020-01-01' })).toBe(false);
    expect(nodePassesFilters(node('Paper', 'yearless', null, { date: '06-01' }), { to: '2024' })).toBe(false);
    expect(nodePassesFilters(node('Paper', 'undated', null, { date: null }), {})).toBe(true);
    // Partial bounds: a year or a month includes every day of it.
    expect(nodePassesFilters(node('Paper', 'may', null, { date: '2024-05-31' }), { from: '2024', to: '2024-05' })).toBe(true);
    expect(nodePassesFilters(node('Paper', 'june', null, { date: '2024-06-01' }), { to: '2024-05' })).toBe(false);
    expect(nodePassesFilters(node('Method', 'span', 1, { firstDate: '2023-02-01', lastDate: '2024-01-15' }), { from: '2024' })).toBe(true);
    const { graph } = filterGraph(sampleGraph(), { from: '2021-01-01', to: '2021-12-31' });
    expect(graph.nodes.map((n) => n.id)).not.toContain('Method:resnet');
    expect(graph.nodes.map((n) => n.id)).not.toContain('Paper:p1');
  });

  it('keep pinned nodes (a neighbourhood centre, path ends) whatever the filters say', () => {
    const { graph } = filterGraph(sampleGraph(), { types: ['Method'] }, new Set(['Dataset:imagenet']));
    expect(graph.nodes.map((n) => n.id)).toContain('Dataset:imagenet');
    expect(graph.edges.map((e) => e.id)).toContain('Dataset:imagenet-CO_OCCURS-Method:resnet');
  });

  it('are passed to the API as types/from/to/minPapers', () => {
    const params = filtersToParams({ types: ['Method', 'Dataset'], from: '2023-01-01', to: '2024-12-31', minPapers: 2 });
    expect(params.toString()).toBe('types=Method%2CDataset&from=2023-01-01&to=2024-12-31&minPapers=2');
    expect(filtersToParams({}).toString()).toBe('');
  });
});
