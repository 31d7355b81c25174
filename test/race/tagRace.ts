// Races Tag Entry's write of a file against another program, a separate
// process, writing the same file at a random moment of the command's run,
// and counts what survives. Shared by the unit test and `npm run bench`.
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as readline from 'readline';
import { elementsEdit } from '../../src/core/editing/elementsEdit';
import { CHANGED_ON_DISK, type EntryEditOutcome, type MakeEntryEdit } from '../../src/core/editing/entryBytesEdit';
import { waitUntil, type WriteKind, type WriteReport, type WriteRequest } from './racingWriter';

/** The command under test: edits the entry at `filePath` as Tag Entry does. */
export type TagFile = (filePath: string, makeEdit: MakeEntryEdit) => EntryEditOutcome | Promise<EntryEditOutcome>;

export interface RaceTally {
  readonly trials: number;
  /** The other program wrote, and its bytes are not in the file afterwards: a lost write, refusal or not. */
  readonly lost: number;
  /** Of those, the writes by replacing the file (the others were in place). */
  readonly lostReplacing: number;
  /** The command refused because the entry changed on disk. */
  readonly refused: number;
  readonly tagged: number;
  /** The file afterwards is none of the four texts it may be: half-written or mixed. */
  readonly corrupt: number;
  /** Files left in the folder that neither program meant to leave there. */
  readonly leftovers: number;
  /** The other program's write started while the command ran (the rest just before or after). */
  readonly duringCommand: number;
  readonly writerFailed: number;
  /** The command's median run time without a race: the span the write moments are drawn from. */
  readonly commandMs: number;
}

/** Time for a request to reach the writer before the moment it names, on a busy machine too. */
const LEAD_NS = 5_000_000n;
const CALIBRATION_RUNS = 15;
const ENTRY_NAME = '2026-03-02-race.md';

const original = (trial: number) => `---\ntitle: Race ${trial}\ndate: 2026-03-02\nelements: [iterate-adapt]\n---\n\nBody of trial ${trial}.\n`;
const theirs = (trial: number) => `${original(trial)}Rewritten by the other program in trial ${trial}.\n`;
const tagged = (text: string) => text.replace('elements: [iterate-adapt]', 'elements: [smart-goals]');
const makeEdit: MakeEntryEdit = (text) => elementsEdit(text, ['smart-goals']);

/** The entry as it is before a trial: last written an hour ago, as an entry one tags usually was. */
function writeEntry(file: string, trial: number): void {
  writeFileSync(file, original(trial));
  const anHourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(file, anHourAgo, anHourAgo);
}

/** The other program, in its own Node process. */
export class RacingWriter {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, (report: WriteReport) => void>();

  constructor() {
    // In an Electron extension host, process.execPath is Electron: this makes it plain Node.
    this.child = spawn(process.execPath, [path.join(__dirname, 'racingWriter.js')], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    readline.createInterface({ input: this.child.stdout }).on('line', (line) => {
      const report = JSON.parse(line) as WriteReport;
      this.waiting.get(report.id)?.(report);
      this.waiting.delete(report.id);
    });
  }

  /** Hands the request to the writer; the report comes once it has written. */
  schedule(request: WriteRequest): { readonly report: Promise<WriteReport> } {
    const report = new Promise<WriteReport>((resolve) => this.waiting.set(request.id, resolve));
    this.child.stdin.write(`${JSON.stringify(request)}\n`);
    return { report };
  }

  close(): void {
    this.child.stdin.end();
  }
}

async function calibrate(tag: TagFile, file: string): Promise<number> {
  const runs: number[] = [];
  for (let run = 0; run < CALIBRATION_RUNS; run++) {
    writeEntry(file, run);
    const began = process.hrtime.bigint();
    await tag(file, makeEdit);
    runs.push(Number(process.hrtime.bigint() - began));
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

/**
 * `trials` runs of `tag` on a fresh entry in a new folder inside `parent`,
 * each with one write by the other program at a moment drawn uniformly from
 * the command's run time, alternately in place and by replacing the file.
 */
export async function raceTagging(tag: TagFile, trials: number, writer: RacingWriter, parent = os.tmpdir()): Promise<RaceTally> {
  const folder = mkdtempSync(path.join(parent, 'race-'));
  const file = path.join(folder, ENTRY_NAME);
  const tally = { trials, lost: 0, lostReplacing: 0, refused: 0, tagged: 0, corrupt: 0, leftovers: 0, duringCommand: 0, writerFailed: 0, commandMs: 0 };
  try {
    const commandNs = await calibrate(tag, file);
    tally.commandMs = commandNs / 1e6;
    for (let trial = 0; trial < trials; trial++) {
      writeEntry(file, trial);
      const start = process.hrtime.bigint() + LEAD_NS;
      const kind: WriteKind = trial % 2 === 0 ? 'in place' : 'replace';
      const at = start + BigInt(Math.round(Math.random() * commandNs));
      const { report } = writer.schedule({ id: trial, path: file, text: theirs(trial), kind, at: String(at) });
      await waitUntil(start);
      const began = process.hrtime.bigint();
      const outcome = await tag(file, makeEdit);
      const ended = process.hrtime.bigint();
      const written = await report;
      const after = readFileSync(file, 'utf8');
      if (written.error) {
        tally.writerFailed++;
      } else if (!after.includes(`Rewritten by the other program in trial ${trial}.`)) {
        tally.lost++;
        tally.lostReplacing += kind === 'replace' ? 1 : 0;
      }
      if (BigInt(written.startedAt) >= began && BigInt(written.startedAt) <= ended) {
        tally.duringCommand++;
      }
      if ('changed' in outcome) {
        tally.tagged++;
      } else if (outcome.error === CHANGED_ON_DISK) {
        tally.refused++;
      } else {
        throw new Error(`trial ${trial}: ${outcome.error}`);
      }
      if (![original(trial), tagged(original(trial)), theirs(trial), tagged(theirs(trial))].includes(after)) {
        tally.corrupt++;
      }
    }
    tally.leftovers = readdirSync(folder).filter((name) => name !== ENTRY_NAME).length;
    return tally;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
