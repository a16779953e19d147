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
  /** Input bytes read and in all: progress and ETA when the paper count is not known up front (large inputs). */
  trackBytes(meter: ByteMeter): void;
}

export type ByteMeter = () => { read: number; total: number };

function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.round(bytes / 1e3)} kB`;
}

/** "1.20 GB of 5.40 GB (22%), ETA 3m10s", from the share of the input read so far. */
export function byteProgressText(meter: ByteMeter, startedAt: number): string {
  const { read, total } = meter();
  if (total <= 0) return '';
  const share = Math.min(1, read / total);
  const seconds = (Date.now() - startedAt) / 1000;
  const eta = share > 0 ? formatDuration((seconds * (1 - share)) / share) : '?';
  return `${formatBytes(read)} of ${formatBytes(total)} read (${Math.floor(share * 100)}%), ETA ${eta}`;
}

const PLAIN_INTERVAL_MS = 5_000;

export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false): IngestProgress {
  if (quiet) return silentProgress();
  return stream.isTTY ? new BarProgress(stream) : new PlainProgress(stream);
}

function silentProgress(): IngestProgress {
  return { extracted: () => {}, written: () => {}, log: () => {}, stop: () => {}, trackBytes: () => {} };
}

function rate(done: number, startedAt: number): number {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? done / seconds : 0;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

class BarProgress implements IngestProgress {
  private readonly bar: cliProgress.SingleBar;
  private readonly startedAt = Date.now();
  private total: number | null = null;
  private done = 0;
  private committed = 0;
  private stopped = false;
  private meter: ByteMeter | null = null;

  constructor(stream: NodeJS.WriteStream) {
    this.bar = new cliProgress.SingleBar(
      {
        stream,
        hideCursor: true,
        etaBuffer: 50,
        format: (options, params, payload: { speed: string; eta: string; written: number; bytes: string }) => {
          const bar = cliProgress.Format.BarFormat(params.progress, options);
          return this.total
            ? `ingest ${bar} ${Math.floor(params.progress * 100)}% | ${params.value}/${params.total} papers processed, ${payload.written} in Neo4j | ${payload.speed} papers/s | ETA ${payload.eta}`
            : `ingest | ${params.value} papers processed, ${payload.written} in Neo4j | ${payload.speed} papers/s | ${payload.bytes}`;
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

  trackBytes(meter: ByteMeter): void {
    this.meter = meter;
  }

  private payload(): { speed: string; eta: string; written: number; bytes: string } {
    const speed = rate(this.done, this.startedAt);
    const eta = this.total && speed > 0 ? formatDuration(Math.max(0, this.total - this.done) / speed) : '?';
    const bytes = this.meter ? byteProgressText(this.meter, this.startedAt) : '';
    return { speed: speed.toFixed(0), eta, written: this.committed, bytes };
  }
}

class PlainProgress implements IngestProgress {
  private readonly startedAt = Date.now();
  private readonly timer: NodeJS.Timeout;
  private total: number | null = null;
  private done = 0;
  private committed = 0;
  private stopped = false;
  private meter: ByteMeter | null = null;

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

  trackBytes(meter: ByteMeter): void {
    this.meter = meter;
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
      this.stream.write(
        `ingest: ${this.done}/${this.total} papers processed (${percent}%), ${this.committed} in Neo4j, ${speed.toFixed(0)} papers/s, ETA ${eta}\n`,
      );
    } else {
      const bytes = this.meter ? `, ${byteProgressText(this.meter, this.startedAt)}` : '';
      this.stream.write(`ingest: ${this.done} papers processed, ${this.committed} in Neo4j, ${speed.toFixed(0)} papers/s${bytes}\n`);
    }
  }
}
