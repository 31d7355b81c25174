/**
 * The code of a failed file operation: Node's (`EROFS`) or a VS Code
 * FileSystemError's (`NoPermissions`). VS Code reports some disk errors as
 * `Unknown`, with Node's code in the message; that code is the one that says what happened.
 */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof code === 'string' && code !== 'Unknown') {
    return code;
  }
  const message = (error as { message?: unknown } | null | undefined)?.message;
  const nodeCode = typeof message === 'string' ? /\b(E[A-Z]{3,})\b/.exec(message)?.[1] : undefined;
  return nodeCode ?? (typeof code === 'string' ? code : undefined);
}
