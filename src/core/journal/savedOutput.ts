import { isRecord, parsedRecord } from './jsonRecord';

/**
 * What a run made of a journal (a command's printed output, the extension's
 * report), saved with what it was made of, so that a later run of the same
 * kind on the same files can show it again without reading them. Like the
 * saved index it is a hint, never the truth: it is used only when it is whole
 * (its checksum), of this version, and of exactly this run (options, day,
 * settings, code) and these files' stamps.
 */

/** Bump when the format changes: an older file is then ignored. */
export const SAVED_OUTPUT_VERSION = 2;
const MAGIC = 'promotion-journal-output';

export interface SavedOutputKey {
  /** Everything the output depends on but the files: options, day, elements, code. */
  readonly run: string;
  /** The journal's files as the output read them (a checksum of `journalStateBytes`). */
  readonly files: string;
}

/** A header line with a checksum of the rest, then the key and the output on one line. */
export function encodeSavedOutput(key: SavedOutputKey, output: unknown, checksum: (text: string) => string): string {
  const body = JSON.stringify({ run: key.run, files: key.files, output });
  return `${JSON.stringify({ magic: MAGIC, version: SAVED_OUTPUT_VERSION, checksum: checksum(body) })}\n${body}`;
}

/** What a saved output was made of, and the output. */
export interface SavedOutput<T> {
  /** The checksum of the files' state it read: the caller compares it with theirs now. */
  readonly files: string;
  readonly output: T;
}

/**
 * The saved output when the text is whole, of this version and of this very run, and `outputOf` accepts its shape;
 * undefined otherwise, whatever it holds. Whether it was made of the files as they are now is the caller's to
 * compare: stamping every file costs more than reading this one, and is not worth it for an output of another run.
 */
export function decodeSavedOutput<T>(text: string, run: string, checksum: (text: string) => string, outputOf: (value: unknown) => T | undefined): SavedOutput<T> | undefined {
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
  const output = outputOf(saved.output);
  return output === undefined ? undefined : { files: saved.files, output };
}

/** What a command printed, and how it ended. */
export interface CommandOutput {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A command's saved output, or undefined when the value has another shape. */
export function commandOutputOf(value: unknown): CommandOutput | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const { exitCode, stdout, stderr } = value;
  return Number.isSafeInteger(exitCode) && typeof stdout === 'string' && typeof stderr === 'string' ? { exitCode: exitCode as number, stdout, stderr } : undefined;
}
