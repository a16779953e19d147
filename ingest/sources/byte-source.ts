/**
 * Opening an input file as a stream of bytes, transparently gunzipping `.gz` (recognised by its
 * magic bytes, not only its name), plus a small sample of the decompressed start for sniffing.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';

const GZIP_MAGIC = [0x1f, 0x8b];
export const SAMPLE_BYTES = 64 * 1024;

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

export interface FileSample {
  gzip: boolean;
  /** The first bytes of the (decompressed) content. */
  sample: Buffer;
}

/** The first SAMPLE_BYTES of the content; for gzip a partial inflate of the compressed head. */
export async function sampleFile(path: string): Promise<FileSample> {
  const head = await readHead(path, SAMPLE_BYTES);
  if (!isGzip(head)) return { gzip: false, sample: head };
  let sample: Buffer;
  try {
    // finishFlush lets a partial (cut) gzip head inflate as far as it goes instead of throwing.
    sample = gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH */ });
  } catch {
    sample = Buffer.alloc(0);
  }
  return { gzip: true, sample: sample.subarray(0, SAMPLE_BYTES) };
}

/** The file's content as byte chunks (decompressed when gzip). Errors surface while iterating. */
export function openContent(path: string, gzip: boolean): Readable {
  return openCountedContent(path, gzip).content;
}

/** As openContent, plus how many bytes of the file (compressed, when gzip) have been read: progress and ETA. */
export function openCountedContent(path: string, gzip: boolean): { content: Readable; bytesRead: () => number } {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const bytesRead = (): number => file.bytesRead;
  if (!gzip) return { content: file, bytesRead };
  const gunzip = createGunzip();
  file.on('error', (error) => gunzip.destroy(error));
  return { content: file.pipe(gunzip), bytesRead };
}
