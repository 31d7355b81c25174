import { promises as fs } from 'fs';
import { CHANGED_ON_DISK, entryBytesEdit, type EntryEditOutcome, type MakeEntryEdit } from '../../src/core/editing/entryBytesEdit';

/**
 * How Tag Entry wrote a file no editor showed until it replaced files
 * atomically: a modification-time check (VS Code's, to the millisecond),
 * awaited calls, then a plain write. Kept as the control of the race
 * measurements: it shows that they do see lost writes.
 */
export async function mtimeCheckedWrite(filePath: string, makeEdit: MakeEntryEdit): Promise<EntryEditOutcome> {
  const modified = async () => Math.trunc((await fs.stat(filePath)).mtimeMs);
  const before = await modified();
  const edit = entryBytesEdit(await fs.readFile(filePath), makeEdit);
  if ('error' in edit) {
    return edit;
  }
  if ('unchanged' in edit) {
    return { changed: false };
  }
  if ((await modified()) !== before) {
    return { error: CHANGED_ON_DISK };
  }
  await fs.writeFile(filePath, edit.bytes);
  return { changed: true };
}
