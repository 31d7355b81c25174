import { randomBytes } from 'crypto';
import { accessSync, closeSync, constants, existsSync, fchmodSync, fstatSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { CHANGED_ON_DISK, entryBytesEdit, NOT_CHANGED, unreadable, type EntryEditOutcome, type MakeEntryEdit } from '../core/editing/entryBytesEdit';
import { mayStillBeWritten, replaceIfUnchanged, settleReplace, SETTLE_MS, type ReplacePaths, type ReplaceSteps } from '../core/editing/guardedReplace';
import { errorCode } from '../core/journal/errorCode';
import { describeWriteFailure } from '../core/journal/writeFailure';

/** File systems without hard links (FAT, some network shares) say so with these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Edits an entry file on the local disk with Node's synchronous calls, from
 * the first read to the replace: no `await` leaves a gap in which this
 * extension host could do something else, and the replace itself is
 * guarded against other programs (see `replaceIfUnchanged`). Only a file
 * that may be a save in progress makes it wait, after the replace, for the
 * program that may still be writing into it (see `settleReplace`).
 */
export async function editLocalEntryFile(filePath: string, makeEdit: MakeEntryEdit): Promise<EntryEditOutcome> {
  const name = path.basename(filePath);
  let original: Uint8Array;
  let mode: number;
  let modifiedMs: number;
  try {
    const descriptor = openSync(filePath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      original = readFileSync(descriptor);
      ({ mode, mtimeMs: modifiedMs } = fstatSync(descriptor)); // after the read: a truncate that came before it shows
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      return { error: `${name} is a symbolic link: tag the file it points to. ${NOT_CHANGED}`, namesFile: true };
    }
    return { error: unreadable((error as Error).message) };
  }
  const edit = entryBytesEdit(original, makeEdit);
  if ('error' in edit) {
    return edit;
  }
  if ('unchanged' in edit) {
    return { changed: false };
  }
  const paths = pathsNextTo(filePath);
  const steps = nodeSteps(mode & 0o7777);
  try {
    accessSync(filePath, constants.W_OK); // a file made read-only stays so: replacing it would go around that
    if (replaceIfUnchanged(steps, paths, original, edit.bytes) === 'changed') {
      return { error: CHANGED_ON_DISK };
    }
    if (mayStillBeWritten(original.length, modifiedMs, Date.now())) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
    return settleReplace(steps, paths, original, edit.bytes) === 'replaced' ? { changed: true } : { error: CHANGED_ON_DISK };
  } catch (error) {
    return { error: describeWriteFailure(name, errorCode(error), (error as Error).message), namesFile: true };
  }
}

/** Hidden names in the same folder (a rename never crosses disks), which are not entries: they do not end in `.md`. */
function pathsNextTo(target: string): ReplacePaths {
  const base = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}`);
  return { target, replacement: `${base}.tagged`, aside: `${base}.before` };
}

function nodeSteps(mode: number): ReplaceSteps {
  return {
    read: (file) => readFileSync(file),
    createNew(file, bytes) {
      const descriptor = openSync(file, 'wx', mode);
      try {
        try {
          fchmodSync(descriptor, mode); // the umask may have taken bits the entry had
        } catch {
          // some file systems keep no modes: the file gets theirs
        }
        writeFileSync(descriptor, bytes);
        fsyncSync(descriptor);
      } catch (error) {
        closeSync(descriptor);
        unlinkSync(file);
        throw error;
      }
      closeSync(descriptor);
    },
    rename: renameSync,
    addName(existing, name) {
      try {
        linkSync(existing, name);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === undefined || !NO_HARD_LINKS.has(code)) {
          throw error;
        }
        if (existsSync(name)) {
          throw Object.assign(new Error(`${name} exists`), { code: 'EEXIST' });
        }
        renameSync(existing, name); // no hard links here: the next best thing
      }
    },
    remove(file) {
      try {
        unlinkSync(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw error;
        }
      }
    },
  };
}
