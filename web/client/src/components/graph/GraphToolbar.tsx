/** Zoom, layout and export buttons over a graph canvas. */
import { useSigma } from '@react-sigma/core';
import type { ExplorerGraph } from '../../graph/build.ts';
import { graphNodeRows } from '../../graph/build.ts';
import { toGexf } from '../../export/gexf.ts';
import { canvasToPngBlob, renderToCanvas } from '../../export/png.ts';
import { downloadBlob, downloadText, timestampedName } from '../../export/download.ts';
import { toCsv, toJson } from '../../export/tables.ts';
import { Icon } from '../Icon.tsx';

interface Props {
  graph: ExplorerGraph;
  exportName: string;
  layoutRunning: boolean;
  onToggleLayout(): void;
}

export function GraphToolbar({ graph, exportName, layoutRunning, onToggleLayout }: Props) {
  const sigma = useSigma();
  const camera = sigma.getCamera();

  const exportPng = async () => {
    const blob = await canvasToPngBlob(renderToCanvas(sigma));
    downloadBlob(blob, timestampedName(exportName, 'png'));
  };
  const exportGexf = () => downloadText(toGexf(graph), timestampedName(exportName, 'gexf'), 'application/xml');
  const exportNodes = (format: 'csv' | 'json') => {
    const { columns, rows } = graphNodeRows(graph);
    const text = format === 'csv' ? toCsv(columns, rows) : toJson(columns, rows);
    downloadText(text, timestampedName(`${exportName}-nodes`, format), format === 'csv' ? 'text/csv' : 'application/json');
  };

  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph controls">
      <div className="toolbar-group">
        <button type="button" className="icon-button" title="Zoom in" aria-label="Zoom in" onClick={() => camera.animatedZoom({ duration: 250 })}>
          <Icon name="plus" />
        </button>
        <button type="button" className="icon-button" title="Zoom out" aria-label="Zoom out" onClick={() => camera.animatedUnzoom({ duration: 250 })}>
          <Icon name="minus" />
        </button>
        <button type="button" className="icon-button" title="Fit graph" aria-label="Fit graph" onClick={() => camera.animatedReset({ duration: 300 })}>
          <Icon name="fit" />
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" className="text-button" onClick={onToggleLayout} aria-pressed={layoutRunning} title="Run or pause the ForceAtlas2 layout">
          <Icon name={layoutRunning ? 'pause' : 'play'} /> {layoutRunning ? 'Stop layout' : 'Run layout'}
        </button>
      </div>
      <div className="toolbar-group" aria-label="Export">
        <button type="button" className="text-button" onClick={() => void exportPng()} title="Download the graph as a PNG image">
          <Icon name="download" /> PNG
        </button>
        <button type="button" className="text-button" onClick={exportGexf} title="Download the graph as GEXF (opens in Gephi)">
          GEXF
        </button>
        <button type="button" className="text-button" onClick={() => exportNodes('csv')} title="Download the nodes as CSV">
          CSV
        </button>
        <button type="button" className="text-button" onClick={() => exportNodes('json')} title="Download the nodes as JSON">
          JSON
        </button>
      </div>
    </div>
  );
}
