import { decodeSavedOutput, encodeSavedOutput, type SavedOutput, type SavedOutputKey } from '../core/journal/savedOutput';
import { readOwnerOnlyFile, writeOwnerOnlyFile } from './ownerOnlyFile';
import { sha256 } from './persistedIndexFile';

/** A saved output of this run (the command line's, the extension's report), whatever files it was made of; undefined when there is none, or it is not whole. */
export function readSavedOutputFile<T>(file: string, run: string, outputOf: (value: unknown) => T | undefined): SavedOutput<T> | undefined {
  const text = readOwnerOnlyFile(file);
  return text === undefined ? undefined : decodeSavedOutput(text, run, sha256, outputOf);
}

/** Written aside and renamed into place (see writeOwnerOnlyFile). */
export function writeSavedOutputFile(file: string, key: SavedOutputKey, output: unknown): void {
  writeOwnerOnlyFile(file, (writeAt) => writeAt(Buffer.from(encodeSavedOutput(key, output, sha256), 'utf8'), 0));
}
