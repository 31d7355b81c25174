// Makes a file or folder unwritable for this process, for the tests of write
// failures: read-only permissions, or for root, whom permissions do not stop,
// the immutable attribute (EPERM), where the file system and privileges allow it.
import { spawnSync } from 'child_process';
import { chmodSync, statSync } from 'fs';

/** Returns the undo, or undefined when this machine cannot make it unwritable. */
export function makeUnwritable(target: string): (() => void) | undefined {
  if (process.getuid?.() !== 0) {
    const mode = statSync(target).mode & 0o7777;
    chmodSync(target, mode & ~0o222);
    return () => chmodSync(target, mode);
  }
  if (spawnSync('chattr', ['+i', target]).status !== 0) {
    return undefined;
  }
  return () => {
    spawnSync('chattr', ['-i', target]);
  };
}
