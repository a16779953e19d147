/**
 * Keeps a managed Neo4j that this process started alive: polls the launcher process and, when it has died (out of
 * memory, kill -9), starts it again on the same data directory and port with growing pauses, logging each restart.
 * Clients need no restart: the driver reconnects to the same address, and the API answers 503 until then.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive, startLauncher, stopLauncher, type LauncherSettings } from './launcher-process.ts';
import { dataDirFiles } from './paths.ts';

/** Pauses before successive restarts; a Neo4j that stays up for STABLE_MS starts the sequence over. */
export const RESTART_BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;
const STABLE_MS = 60_000;
const POLL_MS = 1_000;

export interface SupervisorOptions {
  settings: LauncherSettings;
  pid: number;
  log: (line: string) => void;
  pollMs?: number;
  backoffMs?: readonly number[];
}

/**
 * Whether the launcher's last run ended in a clean shutdown (someone sent it SIGTERM, e.g. `npm run neo4j -- stop`):
 * its log then says STOPPED after its last READY. A crash or kill -9 leaves no such line.
 */
export function stoppedCleanly(dataDir: string): boolean {
  const log = dataDirFiles(dataDir).log;
  if (!existsSync(log)) return false;
  const text = readFileSync(log, 'utf8');
  return text.lastIndexOf('PAPERGRAPH_NEO4J_STOPPED') > text.lastIndexOf('PAPERGRAPH_NEO4J_READY');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

export class LauncherSupervisor {
  pid: number;
  restarts = 0;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private restarting: Promise<void> | null = null;
  private readonly aborted = new AbortController();
  /** Index into the backoff for the next restart, and when the last one came up. */
  private step = 0;
  private upSince = Date.now();

  constructor(private readonly options: SupervisorOptions) {
    this.pid = options.pid;
  }

  start(): this {
    this.timer = setInterval(() => this.check(), this.options.pollMs ?? POLL_MS);
    this.timer.unref();
    return this;
  }

  private check(): void {
    if (this.stopped || this.restarting || isProcessAlive(this.pid)) return;
    if (stoppedCleanly(this.options.settings.dataDir)) {
      // Stopped on purpose, not crashed: bringing it back would fight whoever stopped it.
      this.options.log(`papergraph: the managed Neo4j (pid ${this.pid}) was shut down cleanly by someone else; not restarting it`);
      this.stopped = true;
      if (this.timer) clearInterval(this.timer);
      return;
    }
    this.restarting = this.restartUntilUp().finally(() => (this.restarting = null));
  }

  private async restartUntilUp(): Promise<void> {
    const { log, settings } = this.options;
    const backoff = this.options.backoffMs ?? RESTART_BACKOFF_MS;
    if (Date.now() - this.upSince >= STABLE_MS) this.step = 0;
    log(`papergraph: the managed Neo4j (pid ${this.pid}) has stopped unexpectedly; the API answers 503 until it is back`);
    while (!this.stopped) {
      const delay = backoff[Math.min(this.step, backoff.length - 1)];
      this.step += 1;
      this.restarts += 1;
      log(`papergraph: restarting Neo4j in ${delay / 1000} s (restart ${this.restarts}; log in ${settings.dataDir}/launcher.log)`);
      try {
        await sleep(delay, undefined, { signal: this.aborted.signal });
      } catch {
        return; // stopped while waiting
      }
      const began = Date.now();
      try {
        const state = await startLauncher(settings);
        this.pid = state.pid;
        this.upSince = Date.now();
        log(
          `papergraph: Neo4j is back on bolt://${settings.host}:${settings.port} (pid ${state.pid}, ready in ${((Date.now() - began) / 1000).toFixed(1)} s)`,
        );
        if (this.stopped) await stopLauncher(state.pid);
        return;
      } catch (error) {
        log(`papergraph: restart ${this.restarts} failed: ${firstLine(error)}`);
      }
    }
  }

  /** Stops watching, waits for a restart under way, and stops the Neo4j in service. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.aborted.abort();
    if (this.timer) clearInterval(this.timer);
    await this.restarting;
    await stopLauncher(this.pid);
  }
}
