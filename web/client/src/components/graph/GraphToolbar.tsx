/** Zoom (bottom right), layout and export (top right) over a graph canvas. */
import { useEffect, useRef, useState } from 'react';
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

function ExportMenu({ graph, exportName }: Pick<Props, 'graph' | 'exportName'>) {
  const sigma = useSigma();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus();
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !rootRef.current?.contains(event.target as Node)) {
        setOpen(false);
        if (event instanceof KeyboardEvent) triggerRef.current?.focus();
      }
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);

  /** The menu pattern: arrows, Home and End move between items; Tab leaves and closes it. */
  const onMenuKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? [])];
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    const target = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: items.length - 1 }[event.key];
    if (target !== undefined) {
      event.preventDefault();
      items[(target + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const run = (action: () => void | Promise<void>) => () => {
    setOpen(false);
    triggerRef.current?.focus();
    void action();
  };
  const exportNodes = (format: 'csv' | 'json') => {
    const { columns, rows } = graphNodeRows(graph);
    const text = format === 'csv' ? toCsv(columns, rows) : toJson(columns, rows);
    downloadText(text, timestampedName(`${exportName}-nodes`, format), format === 'csv' ? 'text/csv' : 'application/json');
  };
  return (
    <div className="export-menu" ref={rootRef}>
      <button
        type="button"
        className="text-button"
        ref={triggerRef}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="export-menu"
      >
        <Icon name="download" /> Export
      </button>
      {open && (
        <div className="menu" role="menu" aria-label="Export" ref={menuRef} onKeyDown={onMenuKeyDown}>
          <button
            type="button"
            role="menuitem"
            onClick={run(async () => downloadBlob(await canvasToPngBlob(renderToCanvas(sigma)), timestampedName(exportName, 'png')))}
          >
            Image (PNG)
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={run(() => downloadText(toGexf(graph), timestampedName(exportName, 'gexf'), 'application/xml'))}
          >
            Graph for Gephi (GEXF)
          </button>
          <button type="button" role="menuitem" onClick={run(() => exportNodes('csv'))}>
            Node table (CSV)
          </button>
          <button type="button" role="menuitem" onClick={run(() => exportNodes('json'))}>
            Node table (JSON)
          </button>
        </div>
      )}
    </div>
  );
}

export function GraphToolbar({ graph, exportName, layoutRunning, onToggleLayout }: Props) {
  const sigma = useSigma();
  const camera = sigma.getCamera();
  return (
    <>
      <div className="graph-toolbar" role="toolbar" aria-label="Graph layout and export">
        <div className="toolbar-group">
          <button
            type="button"
            className="text-button"
            onClick={onToggleLayout}
            aria-pressed={layoutRunning}
            title="Run or pause the ForceAtlas2 layout"
          >
            <Icon name={layoutRunning ? 'pause' : 'play'} /> {layoutRunning ? 'Stop layout' : 'Run layout'}
          </button>
        </div>
        <div className="toolbar-group">
          <ExportMenu graph={graph} exportName={exportName} />
        </div>
      </div>
      <div className="zoom-controls toolbar-group" role="toolbar" aria-label="Zoom">
        <button
          type="button"
          className="icon-button"
          title="Zoom in"
          aria-label="Zoom in"
          onClick={() => camera.animatedZoom({ duration: 250 })}
        >
          <Icon name="plus" />
        </button>
        <button
          type="button"
          className="icon-button"
          title="Zoom out"
          aria-label="Zoom out"
          onClick={() => camera.animatedUnzoom({ duration: 250 })}
        >
          <Icon name="minus" />
        </button>
        <button
          type="button"
          className="icon-button"
          title="Fit graph"
          aria-label="Fit graph"
          onClick={() => camera.animatedReset({ duration: 300 })}
        >
          <Icon name="fit" />
        </button>
      </div>
    </>
  );
}
