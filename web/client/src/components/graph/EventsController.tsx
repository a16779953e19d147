/** Render-less: sigma's pointer events mapped to explorer intents (select, expand, hover, edge click). */
import { useEffect } from 'react';
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
      clickNode: ({ node }) => onSelect(node),
      doubleClickNode: (event) => {
        event.preventSigmaDefault();
        onExpand?.(event.node);
      },
      clickEdge: ({ edge }) => onEdge?.(edge),
      clickStage: () => onStage?.(),
    });
  }, [registerEvents, sigma, onHover, onSelect, onExpand, onEdge, onStage]);

  return null;
}
