/**
 * What the dashboard's webview may ask of the extension. The webview shows
 * text from the user's files, so the extension treats every message as
 * untrusted: parse it here, then check that the entry or element exists.
 */
export type DashboardMessage =
  | { readonly type: 'openEntry'; readonly path: string; readonly journalIndex: number }
  | { readonly type: 'logWin'; readonly elementId: string };

/** The message, when it has exactly the expected shape; undefined for anything else. */
export function parseDashboardMessage(value: unknown): DashboardMessage | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const message = value as Record<string, unknown>;
  if (message.type === 'openEntry' && typeof message.path === 'string' && message.path) {
    const journalIndex = message.journalIndex ?? 0;
    return typeof journalIndex === 'number' && Number.isInteger(journalIndex) && journalIndex >= 0
      ? { type: 'openEntry', path: message.path, journalIndex }
      : undefined;
  }
  if (message.type === 'logWin' && typeof message.elementId === 'string' && message.elementId) {
    return { type: 'logWin', elementId: message.elementId };
  }
  return undefined;
}
