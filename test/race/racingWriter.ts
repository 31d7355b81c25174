// Another program writing journal entries, in its own process: it reads one
// request a line on stdin and answers each on stdout. The clock is the
// system's monotonic one, which every process shares, so the parent can name
// the moment of a write to within microseconds.
import { renameSync, writeFileSync } from 'fs';
import * as readline from 'readline';

/** `in place`: the file is truncated and written (most editors). `replace`: a new file is renamed over it (git, sync clients, atomic savers). */
export type WriteKind = 'in place' | 'replace';

export interface WriteRequest {
  readonly id: number;
  readonly path: string;
  readonly text: string;
  readonly kind: WriteKind;
  /** `process.hrtime.bigint()` at which to write, as a string. */
  readonly at: string;
}

export interface WriteReport {
  readonly id: number;
  /** When the write started and ended, on the same clock. */
  readonly startedAt: string;
  readonly endedAt: string;
  /** A Node error code when the write failed. */
  readonly error?: string;
}

/** Sleeps until shortly before `at`, leaving the processor to the other process, then waits for the moment itself without yielding: a timer alone is a millisecond late. */
export async function waitUntil(at: bigint): Promise<void> {
  const sleepMs = Number(at - process.hrtime.bigint()) / 1e6 - 2;
  if (sleepMs > 0) {
    await new Promise((resolve) => setTimeout(resolve, sleepMs));
  }
  while (process.hrtime.bigint() < at) {
    // the last two milliseconds
  }
}

function write(request: WriteRequest): WriteReport {
  const startedAt = process.hrtime.bigint();
  try {
    if (request.kind === 'in place') {
      writeFileSync(request.path, request.text);
    } else {
      const temporary = `${request.path}.${request.id}.other-program`;
      writeFileSync(temporary, request.text);
      renameSync(temporary, request.path);
    }
    return { id: request.id, startedAt: String(startedAt), endedAt: String(process.hrtime.bigint()) };
  } catch (error) {
    return { id: request.id, startedAt: String(startedAt), endedAt: String(process.hrtime.bigint()), error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

if (require.main === module) {
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    const request = JSON.parse(line) as WriteRequest;
    void waitUntil(BigInt(request.at)).then(() => process.stdout.write(`${JSON.stringify(write(request))}\n`));
  });
}
