import * as path from 'path';

/** Names the folder for the command line's saved indexes, or `off` for none. */
export const CACHE_VARIABLE = 'PROMOTION_JOURNAL_CACHE';

/**
 * Where the command line keeps the index of each journal it read, so that the
 * next run re-reads only the files that changed: the user's cache folder, as
 * each system names it; never the journal folder. Undefined when caching is
 * off or the environment names no home.
 */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  const named = env[CACHE_VARIABLE];
  if (named !== undefined && named !== '') {
    return named.toLowerCase() === 'off' ? undefined : path.resolve(named);
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
