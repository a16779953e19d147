/** The columns of the node and link tables: which a view shows depends on what its graph carries. */
import { LABEL_NAMES } from '../../../../graph-schema/label-names.ts';
import type { LinkRow, NodeRow } from './graph-rows.ts';
import type { Column } from './table-model.ts';

const typeName = (label: NodeRow['type']) => LABEL_NAMES[label].singular;
const units = (count: number | null) => (count === null ? '' : `×${count}`);

export interface NodeColumnOptions {
  /** A neighbourhood: how each node links to the centre. */
  centred: boolean;
  /** The overview: its communities, when they were computed (colour by community). */
  communities?: boolean;
  rows: readonly NodeRow[];
}

export function nodeColumns({ centred, communities = false, rows }: NodeColumnOptions): Array<Column<NodeRow>> {
  const any = (has: (row: NodeRow) => boolean) => rows.some(has);
  const columns: Array<Column<NodeRow> | false> = [
    { id: 'name', title: 'Name', numeric: false, value: (row) => row.name },
    { id: 'type', title: 'Type', numeric: false, value: (row) => typeName(row.type) },
    { id: 'papers', title: 'Papers', numeric: true, value: (row) => row.papers, description: 'Papers naming it in the corpus' },
    centred && {
      id: 'link',
      title: 'Link to centre',
      numeric: false,
      value: (row) => row.linksToCentre.join('; '),
      description: 'How it links to the centre, in the centre’s words',
    },
    centred &&
      any((row) => row.throughPapers.length > 0) && {
        id: 'through',
        title: 'Through papers',
        numeric: false,
        value: (row) => row.throughPapers.map((entry) => `${entry.kind} ${entry.papers}`).join(' · '),
        description: 'How the papers linked to the centre link to it, with how many papers',
      },
    centred &&
      any((row) => row.count !== null) && {
        id: 'count',
        title: '×N',
        numeric: true,
        value: (row) => row.count,
        display: (row) => units(row.count),
        description: 'Count on the link to the centre (GPUs or other units on “runs on”)',
      },
    centred &&
      any((row) => row.weight !== null) && {
        id: 'weight',
        title: 'Papers with centre',
        numeric: true,
        value: (row) => row.weight,
        description: 'Papers naming both (co-occurrence weight)',
      },
    // Other views' graphs carry the layout's Louvain pass too, but only the overview shows communities.
    communities &&
      any((row) => row.community !== null) && {
        id: 'community',
        title: 'Community',
        numeric: true,
        value: (row) => (row.community === null ? null : row.community + 1),
        description: 'Louvain community, 1 the largest',
      },
    any((row) => row.specificity !== null) && {
      id: 'specificity',
      title: 'Specificity',
      numeric: true,
      value: (row) => (row.specificity === null ? null : Math.round(row.specificity * 100) / 100),
      description: 'How much the name says: 0 generic, 1 in one paper',
    },
    { id: 'degree', title: 'Links drawn', numeric: true, value: (row) => row.degree, description: 'Links to it in this graph' },
  ];
  return columns.filter((column): column is Column<NodeRow> => column !== false);
}

export function linkColumns(rows: readonly LinkRow[]): Array<Column<LinkRow>> {
  const columns: Array<Column<LinkRow> | false> = [
    { id: 'source', title: 'Source', numeric: false, value: (row) => row.sourceName },
    { id: 'sourceType', title: 'Source type', numeric: false, value: (row) => typeName(row.sourceType) },
    { id: 'kind', title: 'Link', numeric: false, value: (row) => row.kind },
    { id: 'target', title: 'Target', numeric: false, value: (row) => row.targetName },
    { id: 'targetType', title: 'Target type', numeric: false, value: (row) => typeName(row.targetType) },
    rows.some((row) => row.weight !== null) && {
      id: 'weight',
      title: 'Weight',
      numeric: true,
      value: (row) => row.weight,
      description: 'Papers naming both ends (co-occurrence links)',
    },
    rows.some((row) => row.count !== null) && {
      id: 'count',
      title: '×N',
      numeric: true,
      value: (row) => row.count,
      display: (row) => units(row.count),
      description: 'Count on the link (GPUs or other units on “runs on”)',
    },
  ];
  return columns.filter((column): column is Column<LinkRow> => column !== false);
}
