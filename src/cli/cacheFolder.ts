import * as path from 'path';

/** Names the folder for the command line's saved indexes (an absolute path), or `off` for none. */
export const CACHE_VARIABLE = 'PROMOTION_JOURNAL_CACHE';
/** Values that mean "no cache": a folder of that name is never what was meant. */
const OFF = new Set(['off', '0', 'false', 'no', 'none']);

/**
 * Where the command line keeps the index of each journal it read, so that the
 * next run re-reads only the files that changed: the user's cache folder, as
 * each system names it; never the journal folder (see loadJournal). Undefined
 * when caching is off, the variable is not an absolute path, or the
 * environment names no home.
 */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  const named = env[CACHE_VARIABLE]?.trim();
  if (named) {
    // A relative folder would land wherever the command runs, the journal itself included: only an absolute one counts.
    return OFF.has(named.toLowerCase()) || !path.isAbsolute(named) ? undefined : path.normalize(named);
  }
  if (platform === 'win32') {
    return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'promotion-journal', 'Cache') : undefined;
  }
  if (platform === 'darwin') {
    return env.HOME ? path.join(env.HOME, 'Library', 'Caches', 'promotion-journal') : undefined;
  }
  // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) {
    return path.join(env.XDG_CACHE_HOME, 'promotion-journal');
  }
  return env.HOME ? path.join(env.HOME, '.cache', 'promotion-journal') : undefined;
}
