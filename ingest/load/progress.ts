/**
 * Ingest progress on stderr: a cli-progress bar on a terminal, otherwise one plain line every few seconds
 * (logs and CI stay readable).
 */
import cliProgress from 'cli-progress';

export interface IngestProgress {
  /** Papers expected in total, when the readers know it. */
  setTotal(total: number | null): void;
  /** Papers written or found unchanged so far. */
  update(done: number): void;
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
  return { setTotal: () => {}, update: () => {}, log: () => {}, stop: () => {} };
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

  constructor(stream: NodeJS.WriteStream) {
    this.bar = new cliProgress.SingleBar(
      {
        stream,
        hideCursor: true,
        etaBuffer: 50,
        format: (options, params, payload: { speed: string; eta: string }) => {
          const bar = cliProgress.Format.BarFormat(params.progress, options);
          return this.total
            ? `ingest ${bar} ${Math.floor(params.progress * 100)}% | ${params.value}/${params.total} papers | ${payload.speed} papers/s | ETA ${payload.eta}`
            : `ingest | ${params.value} papers | ${payload.speed} papers/s`;
        },
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(0, 0, this.payload());
  }

  setTotal(total: number | null): void {
    this.total = total;
    this.bar.setTotal(total ?? 0);
  }

  update(done: number): void {
    this.done = done;
    this.bar.update(done, this.payload());
  }

  log(line: string): void {
    // Clear the bar's line, print, let the bar redraw below.
    process.stderr.write(`\r\x1b[2K${line}\n`);
    this.bar.render();
  }

  stop(): void {
    this.bar.update(this.done, this.payload());
    this.bar.stop();
  }

  private payload(): { speed: string; eta: string } {
    const speed = rate(this.done, this.startedAt);
    const eta = this.total && speed > 0 ? formatDuration(Math.max(0, this.total - this.done) / speed) : '?';
    return { speed: speed.toFixed(0), eta };
  }
}

class PlainProgress implements IngestProgress {
  private readonly startedAt = Date.now();
  private readonly timer: NodeJS.Timeout;
  private total: number | null = null;
  private done = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {
    this.timer = setInterval(() => this.print(), PLAIN_INTERVAL_MS);
    this.timer.unref();
  }

  setTotal(total: number | null): void {
    this.total = total;
  }

  update(done: number): void {
    this.done = done;
  }

  log(line: string): void {
    this.stream.write(`${line}\n`);
  }

  stop(): void {
    clearInterval(this.timer);
    this.print();
  }

  private print(): void {
    const speed = rate(this.done, this.startedAt);
    if (this.total) {
      const percent = Math.floor((this.done / this.total) * 100);
      const eta = speed > 0 ? formatDuration(Math.max(0, this.total - this.done) / speed) : '?';
      this.stream.write(`ingest: ${this.done}/${this.total} papers (${percent}%), ${speed.toFixed(0)} papers/s, ETA ${eta}\n`);
    } else {
      this.stream.write(`ingest: ${this.done} papers, ${speed.toFixed(0)} papers/s\n`);
    }
  }
}
