/**
 * Synchronous operations on the files of one folder. They throw errors with
 * a Node `code` ('ENOENT', 'EEXIST', ...), as Node's file system does.
 */
export interface ReplaceSteps {
  read(path: string): Uint8Array;
  /** Creates `path`, which must not exist yet, holding `bytes`, flushed to disk. */
  createNew(path: string, bytes: Uint8Array): void;
  /** Moves `from` to `to`, replacing whatever is at `to`. */
  rename(from: string, to: string): void;
  /** Gives the file at `existing` the name `name` too; fails with EEXIST when `name` exists. */
  addName(existing: string, name: string): void;
  /** Removes `path`; one that is already gone is no error. */
  remove(path: string): void;
}

/** The file to replace, and two free names next to it, for the new bytes and for the file moved aside. */
export interface ReplacePaths {
  readonly target: string;
  readonly replacement: string;
  readonly aside: string;
}

/** `changed`: the file no longer held the expected bytes, and it holds what the other program wrote. */
export type ReplaceResult = 'replaced' | 'changed';

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) {
      return false;
    }
  }
  return true;
}

/** A file modified this recently may still be being written by the program that truncated it: an in-place save is a truncate, then writes. */
const STILL_WRITING_MS = 2000;

/** How long a program that may be writing into the old file gets to finish, before `settleReplace` looks. */
export const SETTLE_MS = 100;

/**
 * Whether the bytes read may be a save in progress. An empty file is one
 * whatever its time says: the kernel may show the truncated size a moment
 * before the new modification time.
 */
export function mayStillBeWritten(size: number, modifiedMs: number, nowMs: number): boolean {
  return size === 0 || nowMs - modifiedMs < STILL_WRITING_MS; // a time in the future too: another machine's clock
}

/**
 * Replaces `target` with `bytes` only if it still holds exactly `expected`,
 * and never loses what another program writes meanwhile. The new bytes are
 * complete on disk before anything moves. Then the file is moved aside,
 * which takes exactly what is there at that instant, whoever wrote it; it
 * is compared with `expected`, and the new file gets the name only if no
 * program created another one in between. Every other outcome puts the
 * other program's file back. Each step is one system call, so the target is
 * missing only for the moment of one read. When replaced, the old file stays
 * at `paths.aside` for `settleReplace`.
 */
export function replaceIfUnchanged(steps: ReplaceSteps, paths: ReplacePaths, expected: Uint8Array, bytes: Uint8Array): ReplaceResult {
  steps.createNew(paths.replacement, bytes);
  try {
    return swapIn(steps, paths, expected);
  } finally {
    removeLeftover(steps, paths.replacement); // after a replace, only a second name of the new file
  }
}

/**
 * A program that opened the old file before it moved may write into it
 * after: the old file is compared once more (at once, or after `SETTLE_MS`
 * when it `mayStillBeWritten`), and such a write goes back in place of ours
 * while the file still holds ours. Then the old file is removed.
 */
export function settleReplace(steps: ReplaceSteps, paths: ReplacePaths, expected: Uint8Array, bytes: Uint8Array): ReplaceResult {
  const late = readOrUndefined(steps, paths.aside);
  if (late === undefined) {
    return 'replaced'; // nothing left to compare
  }
  if (sameBytes(late, expected)) {
    removeLeftover(steps, paths.aside);
    return 'replaced';
  }
  const current = readOrUndefined(steps, paths.target);
  if (current !== undefined && sameBytes(current, bytes)) {
    steps.rename(paths.aside, paths.target);
  } else {
    removeLeftover(steps, paths.aside); // a newer write is there, and stays
  }
  return 'changed';
}

function swapIn(steps: ReplaceSteps, { target, replacement, aside }: ReplacePaths, expected: Uint8Array): ReplaceResult {
  try {
    steps.rename(target, aside);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') {
      return 'changed'; // deleted or being replaced by another program
    }
    throw error;
  }
  let placed = false;
  try {
    if (!sameBytes(steps.read(aside), expected)) {
      return 'changed';
    }
    try {
      steps.addName(replacement, target);
    } catch (error) {
      if (codeOf(error) === 'EEXIST') {
        return 'changed'; // another program created the file since it was moved aside
      }
      throw error;
    }
    placed = true;
    return 'replaced';
  } finally {
    if (!placed) {
      putBack(steps, aside, target);
    }
  }
}

/** The file moved aside goes back, unless another program has since created a newer one, which stays. */
function putBack(steps: ReplaceSteps, aside: string, target: string): void {
  try {
    steps.addName(aside, target);
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') {
      steps.rename(aside, target);
      return;
    }
  }
  removeLeftover(steps, aside);
}

/** A hidden file left behind is no reason to report a write that happened as failed, or to hide why one failed. */
function removeLeftover(steps: ReplaceSteps, path: string): void {
  try {
    steps.remove(path);
  } catch {
    // left behind: it does not end in `.md`, so it is no entry
  }
}

function readOrUndefined(steps: ReplaceSteps, path: string): Uint8Array | undefined {
  try {
    return steps.read(path);
  } catch {
    return undefined;
  }
}

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}
