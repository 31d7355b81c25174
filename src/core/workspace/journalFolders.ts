/**
 * The journals of a window, once each: workspace folders whose settings name
 * the same journal folder share it, and a journal folder inside another one
 * is dropped, since the outer journal already reads its files. `keyOf` gives
 * a folder's identity, such as its URI; a trailing `/` does not count.
 */
export function distinctJournalFolders<T>(candidates: readonly T[], keyOf: (candidate: T) => string): T[] {
  const keys = candidates.map((candidate) => keyOf(candidate).replace(/\/+$/, ''));
  const isInside = (key: string, other: string) => key !== other && key.startsWith(`${other}/`);
  return candidates.filter((_, index) => {
    const key = keys[index];
    return keys.indexOf(key) === index && !keys.some((other) => isInside(key, other));
  });
}

/** True for `/x`, `C:\x`, `C:/x` and `\\server\share`: a journal folder that needs no workspace folder to be found. */
export function isAbsoluteFolderPath(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\');
}
