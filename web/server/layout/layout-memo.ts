/**
 * Layouts remembered by the graph they lay out. The overview cache expires answers (TTL, graph changes); when the
 * recomputed overview is the same graph, its picture is reused instead of running ForceAtlas2 again.
 */
import { createHash } from 'node:crypto';
import type { OverviewPicture } from './overview-picture.ts';
import type { TopicMapInput } from './topic-map.ts';

export function layoutKey(input: TopicMapInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('base64url');
}

export class LayoutMemo {
  private readonly entries = new Map<string, Promise<OverviewPicture>>();

  constructor(
    private readonly compute: (input: TopicMapInput) => Promise<OverviewPicture>,
    private readonly maxEntries = 16,
  ) {}

  layout(input: TopicMapInput): Promise<OverviewPicture> {
    const key = layoutKey(input);
    const known = this.entries.get(key);
    // Re-inserted on use: the map's order is then least recently used first.
    this.entries.delete(key);
    const value = known ?? this.compute(input);
    this.entries.set(key, value);
    // A failed layout is not remembered.
    if (!known) value.catch(() => this.entries.get(key) === value && this.entries.delete(key));
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
