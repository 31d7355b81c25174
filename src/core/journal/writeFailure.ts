/**
 * The message for a file that could not be written, from the error's code: a
 * Node one (`EROFS`) or a VS Code FileSystemError one (`NoPermissions`).
 * Plain words, the file's name, and what to do.
 */
export function describeWriteFailure(fileName: string, code: string | undefined, message: string): string {
  switch (code) {
    case 'EROFS':
      return `Cannot write ${fileName}: the disk is read-only. Nothing was written; use a folder you can write to.`;
    case 'EACCES':
    case 'EPERM':
    case 'NoPermissions':
      return `Cannot write ${fileName}: permission denied. Nothing was written; check the folder's permissions or use a folder you can write to.`;
    case 'Unavailable':
      return `Cannot write ${fileName}: the file system is not available. Nothing was written; try again when it is.`;
    case 'ENOSPC':
      return `Cannot write ${fileName}: the disk is full. Nothing was written; free some space and try again.`;
    case 'ENOTDIR':
    case 'FileNotADirectory':
      return `Cannot write ${fileName}: part of its path is a file, not a folder. Nothing was written; check the path.`;
    default:
      return `Cannot write ${fileName}: ${message.replace(/[.\s]+$/, '')}. Nothing was written.`;
  }
}
