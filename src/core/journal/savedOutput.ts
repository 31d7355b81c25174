import { parsedRecord } from './jsonRecord';

/**
 * What a command printed, saved with what it printed it of, so that a later
 * run of the same command on the same files can print it again without
 * reading them. Like the saved index it is a hint, never the truth: it is used
 * only when it is whole (its checksum), of this version, and of exactly this
 * command, these options, this day, this code and these files' stamps.
 */

/** Bump when the format changes: an older file is then ignored. */
export const SAVED_OUTPUT_VERSION = 1;
const MAGIC = 'promotion-journal-output';

export interface CommandOutput {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SavedOutputKey {
  /** The command with everything its output depends on but the files: options, day, elements, code. */
  readonly run: string;
  /** The journal's files as the output read them (a checksum of `journalStateText`). */
  readonly files: string;
}

/** A header line with a checksum of the rest, then the key and the output on one line. */
export function encodeSavedOutput(key: SavedOutputKey, output: CommandOutput, checksum: (text: string) => string): string {
  const body = JSON.stringify({ run: key.run, files: key.files, exitCode: output.exitCode, stdout: output.stdout, stderr: output.stderr });
  return `${JSON.stringify({ magic: MAGIC, version: SAVED_OUTPUT_VERSION, checksum: checksum(body) })}\n${body}`;
}

/** What a saved output was made of and what it printed. */
export interface SavedOutput {
  /** The checksum of the files' state it read: the caller compares it with theirs now. */
  readonly files: string;
  readonly output: CommandOutput;
}

/**
 * The saved output when the text is whole, of this version and of this very run; undefined otherwise, whatever it
 * holds. Whether it was made of the files as they are now is the caller's to compare: stamping every file costs
 * more than reading this one, and is not worth it for an output of another run.
 */
export function decodeSavedOutput(text: string, run: string, checksum: (text: string) => string): SavedOutput | undefined {
  const headerEnd = text.indexOf('\n');
  const header = headerEnd < 0 ? undefined : parsedRecord(text.slice(0, headerEnd));
  if (!header || header.magic !== MAGIC || header.version !== SAVED_OUTPUT_VERSION) {
    return undefined;
  }
  const body = text.slice(headerEnd + 1);
  if (header.checksum !== checksum(body)) {
    return undefined;
  }
  const saved = parsedRecord(body);
  if (!saved || saved.run !== run || typeof saved.files !== 'string') {
    return undefined;
  }
  const { exitCode, stdout, stderr } = saved;
  return Number.isSafeInteger(exitCode) && typeof stdout === 'string' && typeof stderr === 'string' ? { files: saved.files, output: { exitCode: exitCode as number, stdout, stderr } } : undefined;
}
