/**
 * A graph view as tables: its drawn nodes and, on a second tab, the links behind its edges. Reads the graph the
 * canvas would draw (no second fetch); a neighbourhood's rows are grouped by how they link to the centre.
 */
import { useCallback, useMemo, useState } from 'react';
import type { NodeLabel } from '../../../../graph-schema/model.ts';
import type { ExplorerGraph } from '../graph/build.ts';
import type { TableTab } from '../state/url-state.ts';
import { FURTHER_OUT } from '../views/neighbour-groups.ts';
import { linkRows, nodeRows, type LinkRow, type NodeRow } from './graph-rows.ts';
import { linkColumns, nodeColumns } from './columns.ts';
import { NO_FILTER, type Column } from './table-model.ts';
import { TablePanel, type PanelState } from './TablePanel.tsx';
import './tables.css';

interface Props {
  graph: ExplorerGraph;
  /** Bumped when the graph was changed in place (an overview expansion). */
  version?: number;
  /** The view's name, for export file names. */
  name: string;
  /** Show the communities the graph carries (the overview). */
  communities?: boolean;
  /** A neighbourhood's centre: rows say how they link to it and are grouped by that. */
  centre?: string | null;
  tab: TableTab;
  onTab(tab: TableTab): void;
  selected: string | null;
  onSelect(id: string): void;
}

const CO_OCCURRENCE = 'appears with';
const nodeKey = (row: NodeRow) => row.id;
const nodeTypes = (row: NodeRow): readonly NodeLabel[] => [row.type];
const linkKey = (row: LinkRow) => row.id;
const linkTypes = (row: LinkRow): readonly NodeLabel[] => [row.sourceType, row.targetType];
const nodeCell = (column: Column<NodeRow>, row: NodeRow) => (column.id === 'name' ? { id: row.id, type: row.type } : null);
function linkCell(column: Column<LinkRow>, row: LinkRow) {
  if (column.id === 'source') return { id: row.source, type: row.sourceType };
  if (column.id === 'target') return { id: row.target, type: row.targetType };
  return null;
}
const NODE_GROUPING = { kindOf: (row: NodeRow) => row.kind, last: [CO_OCCURRENCE, FURTHER_OUT] };
const LINK_GROUPING = { kindOf: (row: LinkRow) => row.kind, last: [CO_OCCURRENCE] };

const INITIAL: Record<TableTab, PanelState> = {
  nodes: { sort: { column: 'papers', direction: 'descending' }, filter: NO_FILTER, showAll: false },
  links: { sort: null, filter: NO_FILTER, showAll: false },
};

export function GraphTable({ graph, version = 0, name, communities = false, centre = null, tab, onTab, selected, onSelect }: Props) {
  // Colouring by community writes communities onto the same graph: re-read it then.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const nodes = useMemo(() => nodeRows(graph, centre), [graph, version, centre, communities]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const links = useMemo(() => linkRows(graph), [graph, version]);
  const centred = centre !== null && graph.hasNode(centre);
  const nodeCols = useMemo(() => nodeColumns({ centred, communities, rows: nodes }), [centred, communities, nodes]);
  const linkCols = useMemo(() => linkColumns(links), [links]);
  const [panels, setPanels] = useState(INITIAL);
  const setPanel = useCallback((which: TableTab) => (state: PanelState) => setPanels((all) => ({ ...all, [which]: state })), []);
  const tabs: Array<{ tab: TableTab; title: string; count: number }> = [
    { tab: 'nodes', title: centred ? 'Neighbours' : 'Nodes', count: nodes.length },
    { tab: 'links', title: 'Links', count: links.length },
  ];

  return (
    <section className="graph-table" data-testid="graph-table" data-view={name} aria-label={`${name} as tables`}>
      <div className="segmented small table-tabs" role="tablist" aria-label="Table of">
        {tabs.map((entry) => (
          <button
            key={entry.tab}
            type="button"
            role="tab"
            id={`table-tab-${entry.tab}`}
            aria-selected={tab === entry.tab}
            aria-controls="graph-table-panel"
            data-testid={`table-tab-${entry.tab}`}
            onClick={() => onTab(entry.tab)}
          >
            {entry.title} ({entry.count.toLocaleString()})
          </button>
        ))}
      </div>
      <div id="graph-table-panel" role="tabpanel" aria-labelledby={`table-tab-${tab}`} className="graph-table-panel">
        {tab === 'nodes' ? (
          <TablePanel
            rows={nodes}
            columns={nodeCols}
            typesOf={nodeTypes}
            grouping={centred ? NODE_GROUPING : null}
            noun={centred ? 'neighbours' : 'nodes'}
            exportName={`${name}-nodes`}
            rowKey={nodeKey}
            rowNode={nodeKey}
            cellNode={nodeCell}
            selected={selected}
            onSelect={onSelect}
            state={panels.nodes}
            onState={setPanel('nodes')}
          />
        ) : (
          <TablePanel
            rows={links}
            columns={linkCols}
            typesOf={linkTypes}
            grouping={centred ? LINK_GROUPING : null}
            noun="links"
            exportName={`${name}-links`}
            rowKey={linkKey}
            cellNode={linkCell}
            selected={selected}
            onSelect={onSelect}
            state={panels.links}
            onState={setPanel('links')}
          />
        )}
      </div>
    </section>
  );
}
