/** Backoff around Neo4j work for the outages the driver's own transaction retry does not outlast. */
import { setTimeout as sleep } from 'node:timers/promises';

/** The server is unreachable or went away (as opposed to a bad query or bad credentials). */
export function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.TransientError.General.DatabaseUnavailable';
}

export interface BackoffOptions {
  /** Pauses between attempts, in ms; attempts = delays.length + 1. */
  delaysMs: readonly number[];
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** Connectivity at start: fail within ~15 s (plus connection timeouts) when nobody answers. */
export const START_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000] as const;
/** Mid-run: each attempt already includes executeWrite's own ~30 s of retries. */
export const MID_RUN_BACKOFF_MS = [5_000, 15_000] as const;

export async function withBackoff<T>(work: () => Promise<T>, options: BackoffOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const delay = options.delaysMs[attempt];
      if (delay === undefined || !isConnectionLoss(error)) throw error;
      options.onRetry?.(error, attempt + 1, delay);
      await sleep(delay);
    }
  }
}
