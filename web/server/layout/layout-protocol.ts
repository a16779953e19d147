/** Messages between LayoutWorker (API thread) and layout-worker.ts (worker thread). */
import type { OverviewPicture } from './overview-picture.ts';
import type { TopicMapInput } from './topic-map.ts';

export interface LayoutRequest {
  seq: number;
  input: TopicMapInput;
}

export type LayoutMessage =
  | { type: 'ready' }
  | { type: 'done'; seq: number; picture: OverviewPicture }
  | { type: 'failed'; seq: number; error: string }
  | { type: 'fatal'; error: string };
