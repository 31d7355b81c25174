/**
 * Measures the longest time the event loop was blocked: a timer that should
 * fire every few milliseconds records how late each tick comes. Lateness is
 * what a user feels as a frozen extension host.
 */
export class EventLoopWatchdog {
  private timer: ReturnType<typeof setInterval> | undefined;
  private last = 0;
  private longest = 0;

  constructor(private readonly intervalMs = 5) {}

  start(): void {
    this.last = performance.now();
    this.timer = setInterval(() => this.tick(), this.intervalMs);
  }

  /** The longest block in milliseconds since the start or the last lap; starts a new lap. */
  lap(): number {
    this.tick(); // a block still going on now counts too
    const longest = this.longest;
    this.longest = 0;
    return longest;
  }

  /** Stops watching; returns the longest block of the last lap. */
  stop(): number {
    const longest = this.lap();
    clearInterval(this.timer);
    return longest;
  }

  private tick(): void {
    const now = performance.now();
    this.longest = Math.max(this.longest, now - this.last - this.intervalMs);
    this.last = now;
  }
}
