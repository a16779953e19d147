/**
 * Bounds console work: a few queries run at once, a few more wait their turn, and one client may hold only a
 * small share, so a client firing many heavy queries cannot starve the others. Past that: 429.
 */
import { ApiError } from '../errors.ts';

export interface LimiterSettings {
  running: number;
  queued: number;
  perClient: number;
}

export class ConsoleLimiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly perClient = new Map<string, number>();

  constructor(private readonly settings: LimiterSettings) {}

  /** Resolves with a release function once the query may run. */
  async acquire(client: string): Promise<() => void> {
    const held = this.perClient.get(client) ?? 0;
    if (held >= this.settings.perClient) {
      throw new ApiError(
        429,
        'too_many_queries',
        `At most ${this.settings.perClient} console queries per client at a time; wait for one to finish.`,
      );
    }
    if (this.active >= this.settings.running && this.waiting.length >= this.settings.queued) {
      throw new ApiError(429, 'too_many_queries', 'The console is busy; try again in a moment.');
    }
    this.perClient.set(client, held + 1);
    if (this.active >= this.settings.running) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const remaining = (this.perClient.get(client) ?? 1) - 1;
      if (remaining <= 0) this.perClient.delete(client);
      else this.perClient.set(client, remaining);
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `active` stays the same.
      if (next) next();
      else this.active--;
    };
  }
}
