/**
 * The journal folder setting for a folder picked inside a workspace folder:
 * its path relative to the workspace folder (`.` for the folder itself), so
 * that the setting keeps working where the workspace is cloned or moved.
 * Undefined when it is not inside. Both are URIs as text, `/`-separated.
 */
export function relativeSettingPath(workspaceFolder: string, picked: string): string | undefined {
  const base = workspaceFolder.replace(/\/+$/, '');
  const target = picked.replace(/\/+$/, '');
  if (target === base) {
    return '.';
  }
  if (!target.startsWith(`${base}/`)) {
    return undefined;
  }
  return target
    .slice(base.length + 1)
    .split('/')
    .map((segment) => decodeURIComponent(segment))
    .join('/');
}
