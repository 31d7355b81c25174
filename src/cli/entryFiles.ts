import * as path from 'path';
import type { JournalEntry } from '../core/entries/entry';
import { encodeLinkPath } from '../core/text/markdown';
import type { ReadEntryFile } from '../core/packet/packetStories';
import { NodeFileSource } from '../node/nodeFileSource';

/** Links to entries relative to `base`, the folder where the output lands: the --out file's, or the current directory. */
export function linkFrom(base: string, journalFolder: string): (entry: JournalEntry) => string {
  return (entry) => encodeLinkPath(path.relative(base, path.join(journalFolder, ...entry.path.split('/'))).split(path.sep).join('/'));
}

/** Reads an entry's file again, through the same source (and size limit) that read the journal. */
export function entryFileReader(journalFolder: string): ReadEntryFile {
  const source = new NodeFileSource(journalFolder);
  return (entry) => source.read(entry.path);
}
