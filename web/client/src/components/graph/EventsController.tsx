/** Render-less: sigma's pointer events mapped to explorer intents (select, expand, hover, edge click). */
import { useEffect, useRef } from 'react';
import { useRegisterEvents, useSigma } from '@react-sigma/core';

interface Props {
  onHover(node: string | null): void;
  onSelect(node: string): void;
  onExpand?(node: string): void;
  onEdge?(edge: string): void;
  onStage?(): void;
}

export function EventsController({ onHover, onSelect, onExpand, onEdge, onStage }: Props) {
  const registerEvents = useRegisterEvents();
  const sigma = useSigma();
  const pendingSelect = useRef<number | null>(null);

  const cancelPendingSelect = () => {
    if (pendingSelect.current !== null) window.clearTimeout(pendingSelect.current);
    pendingSelect.current = null;
  };
  useEffect(() => cancelPendingSelect, []);

  useEffect(() => {
    const container = sigma.getContainer();
    registerEvents({
      enterNode: ({ node }) => {
        container.style.cursor = 'pointer';
        onHover(node);
      },
      leaveNode: () => {
        container.style.cursor = '';
        onHover(null);
      },
      enterEdge: () => {
        if (onEdge) container.style.cursor = 'pointer';
      },
      leaveEdge: () => {
        container.style.cursor = '';
      },
      clickNode: ({ node }) => {
        if (!onExpand) return onSelect(node);
        // Selecting opens the details panel, which narrows the canvas and moves the node from under the
        // pointer: wait out the double-click window so a double-click's second click still lands on it.
        cancelPendingSelect();
        pendingSelect.current = window.setTimeout(
          () => {
            pendingSelect.current = null;
            onSelect(node);
          },
          sigma.getSetting('doubleClickTimeout') ?? 300,
        );
      },
      doubleClickNode: (event) => {
        event.preventSigmaDefault();
        cancelPendingSelect();
        onExpand?.(event.node);
        onSelect(event.node);
      },
      clickEdge: ({ edge }) => onEdge?.(edge),
      clickStage: () => onStage?.(),
    });
  }, [registerEvents, sigma, onHover, onSelect, onExpand, onEdge, onStage]);

  return null;
}
