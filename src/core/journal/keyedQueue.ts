/**
 * Runs tasks one after the other per key, and tasks of different keys side by
 * side: two writes into one folder never interleave their look at the folder
 * and their create. A task that fails does not stop the ones queued after it.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  /** Per key, the task of `runJoining` that waits its turn and has not begun. */
  private readonly waiting = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    // Forget an idle key, so that the map holds only keys with work queued.
    void tail.then(() => {
      if (this.tails.get(key) === tail) {
        this.tails.delete(key);
      }
    });
    return result;
  }

  /**
   * As `run`, for work where one run after the last ask is enough: an ask
   * while a task of this key waits and has not begun joins that task and gets
   * its result. Each key takes one kind of task here, which reads what is
   * latest when it begins.
   */
  runJoining<T>(key: string, task: () => Promise<T>): Promise<T> {
    const waiting = this.waiting.get(key);
    if (waiting) {
      return waiting as Promise<T>;
    }
    const result = this.run(key, () => {
      this.waiting.delete(key);
      return task();
    });
    this.waiting.set(key, result);
    return result;
  }

  /** Keys with a task running or queued. */
  get busyKeys(): number {
    return this.tails.size;
  }
}
