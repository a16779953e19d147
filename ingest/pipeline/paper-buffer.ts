/**
 * Decouples extraction from writing. A pump drains the extraction stream into this buffer without ever
 * pausing, and back-pressure is applied on the *input* side instead (the record feed waits in
 * `belowHighWater()`). The extraction pool is therefore never left suspended at a `yield` while a slow
 * Neo4j write runs: a pool suspended there long enough for all its in-flight batches to finish would wait
 * for a worker message that never comes (seen with ExtractionPool under a slow consumer).
 */
export class PaperBuffer<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private ended = false;
  private failure: { error: unknown } | null = null;
  private consumerWake: (() => void) | null = null;
  private producerWakes: Array<() => void> = [];

  constructor(private readonly highWater: number) {}

  /** True once the consumer has stopped (or the source ended): producers should stop feeding. */
  get closed(): boolean {
    return this.ended;
  }

  /** The consumer stops early: release any producer waiting for room. */
  close(): void {
    this.ended = true;
    this.wakeProducers();
  }

  /** Resolves once the buffer holds fewer than the high-water mark (immediately when it does). */
  belowHighWater(): Promise<void> {
    if (this.items.length < this.highWater || this.ended) return Promise.resolve();
    return new Promise((resolve) => this.producerWakes.push(resolve));
  }

  /** Drains `source` into the buffer; the returned promise settles when the source ends or fails. */
  async pump(source: AsyncIterable<T>): Promise<void> {
    try {
      for await (const item of source) {
        this.items.push(item);
        this.wakeConsumer();
      }
    } catch (error) {
      this.failure = { error };
    } finally {
      this.ended = true;
      this.wakeConsumer();
      this.wakeProducers();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      const item = this.items.shift();
      if (item !== undefined) {
        if (this.items.length < this.highWater) this.wakeProducers();
        yield item;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.consumerWake = resolve));
    }
  }

  private wakeConsumer(): void {
    const wake = this.consumerWake;
    this.consumerWake = null;
    wake?.();
  }

  private wakeProducers(): void {
    const wakes = this.producerWakes;
    this.producerWakes = [];
    for (const wake of wakes) wake();
  }
}
