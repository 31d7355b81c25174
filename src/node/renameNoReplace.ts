import { constants, promises as fs } from 'fs';

/**
 * Renames `from` to `to` only if no file of that name exists, decided by the
 * file system in one step: the new name is linked to the same file (which
 * fails when the name is taken), then the old name removed, so that neither
 * a file another program created a moment ago nor a write to the entry in the
 * meantime is lost. Where the disk has no hard links, an exclusive copy
 * stands in, and is given up when the entry changed during the copy. Returns false when the name is taken.
 */
export async function renameNoReplace(from: string, to: string): Promise<boolean> {
  if (from.toLowerCase() === to.toLowerCase() && (await isSameFile(from, to))) {
    await fs.rename(from, to); // a change of case only, on a disk that ignores case
    return true;
  }
  try {
    await fs.link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      return false;
    }
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') {
      throw error;
    }
    if (!(await copyExclusive(from, to))) {
      return false;
    }
  }
  await fs.unlink(from);
  return true;
}

async function isSameFile(from: string, to: string): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([fs.stat(from), fs.stat(to)]);
    return a.ino === b.ino && a.dev === b.dev;
  } catch {
    return false;
  }
}

/** Where the disk has no hard links: an exclusive copy, given up (false: the name is taken; thrown: the entry changed) unless it is the file as it still is. */
async function copyExclusive(from: string, to: string): Promise<boolean> {
  const before = await fs.stat(from);
  try {
    await fs.copyFile(from, to, constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return false;
    }
    throw error;
  }
  // A copy is not the file: written to since, the old name keeps the newer text and the copy goes.
  const after = await fs.stat(from);
  if (after.ino !== before.ino || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
    await fs.unlink(to);
    throw new Error('the entry changed while it was being renamed; nothing was renamed');
  }
  return true;
}
