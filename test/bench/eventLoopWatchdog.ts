import { readFileSync } from 'fs';

export interface WatchedLap {
  readonly wallMs: number;
  readonly ownMs: number;
  readonly cpuMs: number;
  /** The tick interval in which the longest own block fell, for a CPU profile's samples. */
  readonly ownSpan: { readonly startUs: number; readonly endUs: number };
}

/**
 * Measures the longest time the event loop was blocked: a timer that should
 * fire every few milliseconds records how late each tick comes. Lateness is
 * what a user feels as a frozen extension host.
 *
 * A late tick is either work on this thread or the machine not running it (a
 * neighbour on a shared core). The thread's own CPU time over the late
 * interval tells them apart: `ownMs` counts only the part of a block the
 * thread spent running, which is what our code can change.
 */
export class EventLoopWatchdog {
  private timer: ReturnType<typeof setInterval> | undefined;
  private last = 0;
  private lastCpuMs = 0;
  private longest = 0;
  private longestOwn = 0;
  /** When the longest own block of the lap began and ended, on the monotonic clock in microseconds (what CPU profiles stamp their samples with). */
  private longestOwnSpan = { startUs: 0, endUs: 0 };
  private lapCpuMs = 0;

  constructor(private readonly intervalMs = 5) {}

  start(): void {
    this.last = performance.now();
    this.lastCpuMs = threadCpuMs();
    this.lapCpuMs = this.lastCpuMs;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
  }

  /** The longest block in milliseconds since the start or the last lap; starts a new lap. */
  lap(): number {
    return this.lapDetail().wallMs;
  }

  /**
   * The longest block of the lap by the clock, and by the thread's own CPU
   * time within a late tick (never more than the block itself); and the
   * thread's CPU time over the whole lap.
   */
  lapDetail(): WatchedLap {
    this.tick(); // a block still going on now counts too
    const detail = { wallMs: this.longest, ownMs: this.longestOwn, cpuMs: this.lastCpuMs - this.lapCpuMs, ownSpan: this.longestOwnSpan };
    this.longest = 0;
    this.longestOwn = 0;
    this.longestOwnSpan = { startUs: 0, endUs: 0 };
    this.lapCpuMs = this.lastCpuMs;
    return detail;
  }

  /** Stops watching; returns the longest block of the last lap. */
  stop(): number {
    return this.stopDetail().wallMs;
  }

  stopDetail(): WatchedLap {
    const detail = this.lapDetail();
    clearInterval(this.timer);
    return detail;
  }

  private tick(): void {
    const now = performance.now();
    const cpuMs = threadCpuMs();
    const late = now - this.last - this.intervalMs;
    this.longest = Math.max(this.longest, late);
    const own = Math.min(late, cpuMs - this.lastCpuMs);
    if (own > this.longestOwn) {
      this.longestOwn = own;
      const endUs = Number(process.hrtime.bigint() / 1000n);
      this.longestOwnSpan = { startUs: endUs - (late + this.intervalMs) * 1000, endUs };
    }
    this.last = now;
    this.lastCpuMs = cpuMs;
  }
}

/**
 * CPU time of this thread alone (Node 23.9+, cheap enough for every tick), or
 * Linux's per-thread scheduler figure, or (less exact: other threads count
 * too) the process's.
 */
export function threadCpuMs(): number {
  const perThread = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  if (perThread) {
    const usage = perThread.call(process);
    return (usage.user + usage.system) / 1000;
  }
  const schedstat = threadSchedstat();
  if (schedstat) {
    return schedstat.runMs;
  }
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

let schedstatReadable = process.platform === 'linux';

/** Time this thread ran, and time it was ready to run but waited for a core. */
export function threadSchedstat(): { runMs: number; waitMs: number } | undefined {
  if (!schedstatReadable) {
    return undefined;
  }
  try {
    const [runNs, waitNs] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return { runMs: runNs / 1e6, waitMs: waitNs / 1e6 };
  } catch {
    schedstatReadable = false;
    return undefined;
  }
}
