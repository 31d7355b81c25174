import type { Timers } from '../core/journal/changeQueue';

/** Calls back a second after each local midnight: flags depend on today's date, not only on files. */
export class MidnightTimer {
  private timer: unknown;

  constructor(
    private readonly clock: () => Date,
    private readonly timers: Timers,
    private readonly onMidnight: () => void,
  ) {
    this.schedule();
  }

  dispose(): void {
    this.timers.clearTimeout(this.timer);
  }

  private schedule(): void {
    const now = this.clock();
    const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
    this.timer = this.timers.setTimeout(() => {
      this.onMidnight();
      this.schedule();
    }, nextMidnight.getTime() - now.getTime());
  }
}
