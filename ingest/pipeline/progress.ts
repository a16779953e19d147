/**
 * Ingest progress on stderr: a cli-progress bar on a terminal, otherwise one plain line every few seconds
 * (logs and CI stay readable).
 */
import cliProgress from 'cli-progress';

export interface IngestProgress {
  /** Papers extracted so far, and the number expected in total when the readers know it. */
  extracted(done: number, total: number | null): void;
  /** Papers committed to Neo4j (written or found unchanged) so far. */
  written(done: number): void;
  /** A message that must not be garbled by the bar. */
  log(line: string): void;
  stop(): void;
}

const PLAIN_INTERVAL_MS = 5_000;

export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false): IngestProgress {
  if (quiet) return silentProgress();
  return stream.isTTY ? new BarProgress(stream) : new PlainProgress(stream);
}

function silentProgress(): IngestProgress {
  return { extracted: () => {}, written: () => {}, log: () => {}, stop: () => {} };
}

function rate(done: number, startedAt: number): number {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? done / seconds : 0;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

class BarProgress implements IngestProgress {
  private readonly bar: cliProgress.SingleBar;
  private readonly startedAt = Date.now();
  private total: number | null = null;
  private done = 0;
  private committed = 0;
  private stopped = false;

  constructor(stream: NodeJS.WriteStream) {
    this.bar = new cliProgress.SingleBar(
      {
        stream,
        hideCursor: true,
        etaBuffer: 50,
        format: (options, params, payload: { speed: string; eta: string; written: number }) => {
          const bar = cliProgress.Format.BarFormat(params.progress, options);
          return this.total
            ? `ingest ${bar} ${Math.floor(params.progress * 100)}% | ${params.value}/${params.total} papers processed, ${payload.written} in Neo4j | ${payload.speed} papers/s | ETA ${payload.eta}`
            : `ingest | ${params.value} papers processed, ${payload.written} in Neo4j | ${payload.speed} papers/s`;
        },
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(0, 0, this.payload());
  }

  extracted(done: number, total: number | null): void {
    if (total !== this.total) {
      this.total = total;
      this.bar.setTotal(total ?? 0);
    }
    this.done = done;
    this.bar.update(done, this.payload());
  }

  written(done: number): void {
    this.committed = done;
    this.bar.update(this.done, this.payload());
  }

  log(line: string): void {
    // Clear the bar's line, print, let the bar redraw below.
    process.stderr.write(`\r\x1b[2K${line}\n`);
    this.bar.render();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.bar.update(this.done, this.payload());
    this.bar.stop();
  }

  private payload(): { speed: string; eta: string; written: number } {
    const speed = rate(this.done, this.startedAt);
    const eta = this.total && speed > 0 ? formatDuration(Math.max(0, this.total - this.done) / speed) : '?';
    return { speed: speed.toFixed(0), eta, written: this.committed };
  }
}

class PlainProgress implements IngestProgress {
  private readonly startedAt = Date.now();
  private readonly timer: NodeJS.Timeout;
  private total: number | null = null;
  private done = 0;
  private committed = 0;
  private stopped = false;

  constructor(private readonly stream: NodeJS.WriteStream) {
    this.timer = setInterval(() => this.print(), PLAIN_INTERVAL_MS);
    this.timer.unref();
  }

  extracted(done: number, total: number | null): void {
    this.done = done;
    this.total = total;
  }

  written(done: number): void {
    this.committed = done;
  }

  log(line: string): void {
    this.stream.write(`${line}\n`);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    this.print();
  }

  private print(): void {
    const speed = rate(this.done, this.startedAt);
    if (this.total) {
      const percent = Math.floor((this.done / this.total) * 100);
      const eta = speed > 0 ? formatDuration(Math.max(0, this.total - this.done) / speed) : '?';
      this.stream.write(`ingest: ${this.done}/${this.total} papers processed (${percent}%), ${this.committed} in Neo4j, ${speed.toFixed(0)} papers/s, ETA ${eta}\n`);
    } else {
      this.stream.write(`ingest: ${this.done} papers processed, ${this.committed} in Neo4j, ${speed.toFixed(0)} papers/s\n`);
    }
  }
}
