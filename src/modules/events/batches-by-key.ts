/**
 * Work items of one key run in batches, one batch after another: an item given while its key's batch runs waits
 * and goes into the next batch, with every other item given meanwhile (up to `maxBatch`). An item given to an
 * idle key starts a batch of its own at once. Different keys run side by side. What a batch does before it
 * resolves (publishing, say) therefore happens in the order the batches ran, and items keep the order given.
 */
export class BatchesByKey<I, R> {
  private readonly waiting = new Map<string, Array<{ item: I; resolve: (r: R) => void; reject: (e: unknown) => void }>>();
  private readonly running = new Set<string>();

  /** `runBatch` settles each item of the batch, in the order given. */
  constructor(
    private readonly runBatch: (key: string, items: I[]) => Promise<PromiseSettledResult<R>[]>,
    private readonly maxBatch: number,
  ) {}

  run(key: string, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.waiting.get(key) ?? [];
      queue.push({ item, resolve, reject });
      this.waiting.set(key, queue);
      if (!this.running.has(key)) void this.drain(key);
    });
  }

  private async drain(key: string): Promise<void> {
    this.running.add(key);
    for (let queue = this.waiting.get(key); queue && queue.length > 0; queue = this.waiting.get(key)) {
      const batch = queue.splice(0, this.maxBatch);
      if (queue.length === 0) this.waiting.delete(key);
      let settled: PromiseSettledResult<R>[];
      try {
        settled = await this.runBatch(key, batch.map((b) => b.item));
      } catch (error) {
        settled = batch.map(() => ({ status: 'rejected', reason: error }));
      }
      batch.forEach((b, i) => {
        const s = settled[i];
        if (s.status === 'fulfilled') b.resolve(s.value);
        else b.reject(s.reason);
      });
    }
    this.running.delete(key);
  }
}
