import * as fs from 'fs';

/** Busy share of all cores, over the last half second, under which the machine counts as settled. */
const SETTLED_BUSY_SHARE = 0.15;
const SAMPLE_MS = 100;
const WINDOW_SAMPLES = 5;

export interface Settling {
  /** How long the wait took; undefined when the machine never settled and the bench went on. */
  readonly settledAfterMs: number | undefined;
  /** The busy share of all cores in the last half second before the bench went on. */
  readonly busyShare: number;
}

/** Busy and total time of all cores so far, from Linux's /proc/stat; undefined elsewhere. */
function coreTimes(): { busy: number; total: number } | undefined {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((sum, value) => sum + value, 0);
    // idle and iowait are the cores' waiting; the rest is work.
    return { busy: total - fields[3] - (fields[4] ?? 0), total };
  } catch {
    return undefined;
  }
}

/**
 * Waits until the machine's cores have been nearly idle for half a second:
 * the workbench has finished its own start (in this rig, headless Chromium
 * keeps most of a core busy for a few seconds after the extension host
 * starts). A wait on a condition, with a limit, not a sleep.
 */
export async function machineSettled(limitMs = 30_000): Promise<Settling> {
  const started = performance.now();
  const samples: { busy: number; total: number }[] = [];
  for (;;) {
    const now = coreTimes();
    if (!now) {
      return { settledAfterMs: undefined, busyShare: NaN };
    }
    samples.push(now);
    if (samples.length > WINDOW_SAMPLES + 1) {
      samples.shift();
    }
    const first = samples[0];
    const busyShare = samples.length > WINDOW_SAMPLES && now.total > first.total ? (now.busy - first.busy) / (now.total - first.total) : 1;
    if (busyShare < SETTLED_BUSY_SHARE) {
      return { settledAfterMs: performance.now() - started, busyShare };
    }
    if (performance.now() - started > limitMs) {
      return { settledAfterMs: undefined, busyShare };
    }
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
  }
}
