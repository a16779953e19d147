/**
 * Which paper ids a streamed (multi-GB) input has already produced, in 16 bytes per id: a 53-bit
 * hash of the id and where it was first listed, in typed arrays (open addressing). A Map of
 * millions of id strings would cost ten times more. Two distinct ids collide with probability
 * about n²/2^54 (≈ 4e-4 for 2.5 million ids); a collision would merge two papers' listings.
 */

const EMPTY = 0;

function hash53(text: string): number {
  // Two 32-bit FNV-1a variants with different offsets, combined to 53 bits.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const high = (a >>> 0) & 0x1fffff;
  const key = high * 0x100000000 + (b >>> 0);
  return key === EMPTY ? 1 : key;
}

export class SeenIds {
  private keys: Float64Array;
  private values: Float64Array;
  private count = 0;

  constructor(initialCapacity = 1 << 12) {
    this.keys = new Float64Array(initialCapacity);
    this.values = new Float64Array(initialCapacity);
  }

  get size(): number {
    return this.count;
  }

  private slot(keys: Float64Array, key: number): number {
    const mask = keys.length - 1;
    let index = (key % keys.length) & mask;
    while (keys[index] !== EMPTY && keys[index] !== key) index = (index + 1) & mask;
    return index;
  }

  get(id: string): number | undefined {
    const key = hash53(id);
    const index = this.slot(this.keys, key);
    return this.keys[index] === key ? this.values[index] : undefined;
  }

  /** Records `value` for `id` unless the id is known; returns the value stored before, if any. */
  setIfAbsent(id: string, value: number): number | undefined {
    const key = hash53(id);
    const index = this.slot(this.keys, key);
    if (this.keys[index] === key) return this.values[index];
    this.keys[index] = key;
    this.values[index] = value;
    this.count += 1;
    if (this.count > this.keys.length * 0.6) this.grow();
    return undefined;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.values = new Float64Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] === EMPTY) continue;
      const index = this.slot(this.keys, oldKeys[i]);
      this.keys[index] = oldKeys[i];
      this.values[index] = oldValues[i];
    }
  }
}

/** A listing position (input file index, line) packed into one number. */
export function packListing(fileIndex: number, line: number): number {
  return fileIndex * 0x100000000 + line;
}

export function unpackListing(packed: number): { fileIndex: number; line: number } {
  return { fileIndex: Math.floor(packed / 0x100000000), line: packed % 0x100000000 };
}
