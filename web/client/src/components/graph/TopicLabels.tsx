/**
 * The overview's topic names drawn over the canvas at their communities' centres, following the camera, never
 * covering one another (graph/label-placement.ts): the larger topics win the room, the others show as you zoom in.
 * Each name is a DOM element (crisp text, readable by tests and screen readers alike).
 */
import { useEffect, useRef } from 'react';
import { useSigma } from '@react-sigma/core';
import type { OverviewTopicDTO } from '../../../../shared/api.ts';
import { topicName } from '../../graph/communities.ts';
import { communityColour } from '../../graph/colours.ts';
import { placeLabels } from '../../graph/label-placement.ts';

/** What the canvas shows over itself (toolbar, zoom buttons, legends), in the canvas's pixels: names keep clear. */
const OVERLAYS = '.graph-toolbar, .zoom-controls, .community-legend, .link-legend';

function overlays(container: HTMLElement): Array<{ left: number; top: number; width: number; height: number }> {
  const canvas = container.closest('[data-testid=graph-canvas]');
  if (!canvas) return [];
  const origin = container.getBoundingClientRect();
  return [...canvas.querySelectorAll(OVERLAYS)].map((element) => {
    const box = element.getBoundingClientRect();
    return { left: box.left - origin.left, top: box.top - origin.top, width: box.width, height: box.height };
  });
}

interface Props {
  topics: OverviewTopicDTO[];
  /** Names are framed in their community's colour when nodes wear it. */
  coloured: boolean;
}

export function TopicLabels({ topics, coloured }: Props) {
  const sigma = useSigma();
  const elements = useRef(new Map<number, HTMLElement>());

  useEffect(() => {
    const sizes = new Map<number, { width: number; height: number }>();
    const byImportance = [...topics].sort((a, b) => b.size - a.size || a.id - b.id);
    const place = () => {
      const { width, height } = sigma.getDimensions();
      const requests = byImportance.flatMap((topic) => {
        const element = elements.current.get(topic.id);
        if (!element) return [];
        // Measured once: a name's box does not change with the camera.
        const size = sizes.get(topic.id) ?? { width: element.offsetWidth, height: element.offsetHeight };
        sizes.set(topic.id, size);
        return [{ id: topic.id, ...sigma.graphToViewport({ x: topic.x, y: topic.y }), ...size }];
      });
      const placed = new Map(placeLabels(requests, { width, height }, overlays(sigma.getContainer())).map((box) => [box.id, box]));
      for (const [id, element] of elements.current) {
        const box = placed.get(id);
        element.dataset.placed = String(Boolean(box));
        element.style.visibility = box ? 'visible' : 'hidden';
        if (box) element.style.transform = `translate(${Math.round(box.left)}px, ${Math.round(box.top)}px)`;
      }
    };
    sigma.on('afterRender', place);
    place();
    return () => {
      sigma.off('afterRender', place);
    };
  }, [sigma, topics]);

  return (
    <div className="topic-labels" aria-label="Topics" role="list">
      {topics.map((topic) => (
        <span
          key={topic.id}
          role="listitem"
          className="topic-label"
          data-testid="topic-label"
          data-topic={topic.id}
          style={coloured ? { borderColor: communityColour(topic.id) } : undefined}
          ref={(element) => {
            if (element) elements.current.set(topic.id, element);
            else elements.current.delete(topic.id);
          }}
        >
          {topicName(topic.terms)}
        </span>
      ))}
    </div>
  );
}
