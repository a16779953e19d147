/**
 * Where topic names go on the canvas without covering one another: each at its community's centre, else nudged up
 * or down by a line or two, else left out; the most important first (the caller's order). Pure: boxes in pixels.
 */

export interface LabelRequest {
  id: number;
  /** Wanted centre, in viewport pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: number;
  /** Top-left corner, in viewport pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Space kept between two names, and between a name and the canvas edge. */
const GAP = 4;
/** Nudges tried, in label heights. */
const NUDGES = [0, -1, 1, -2, 2];

function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return (
    a.left < b.left + b.width + GAP && b.left < a.left + a.width + GAP && a.top < b.top + b.height + GAP && b.top < a.top + a.height + GAP
  );
}

/** `obstacles`: what is already drawn over the canvas (legends, toolbars), which names must not cover either. */
export function placeLabels(
  requests: LabelRequest[],
  viewport: { width: number; height: number },
  obstacles: Array<Omit<PlacedLabel, 'id'>> = [],
): PlacedLabel[] {
  const blocked: PlacedLabel[] = obstacles.map((box) => ({ id: -1, ...box }));
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    for (const nudge of NUDGES) {
      const box = {
        id: request.id,
        left: request.x - request.width / 2,
        top: request.y - request.height / 2 + nudge * (request.height + GAP),
        width: request.width,
        height: request.height,
      };
      const inside =
        box.left >= GAP && box.top >= GAP && box.left + box.width <= viewport.width - GAP && box.top + box.height <= viewport.height - GAP;
      if (inside && placed.every((other) => !overlaps(box, other)) && blocked.every((other) => !overlaps(box, other))) {
        placed.push(box);
        break;
      }
    }
  }
  return placed;
}
