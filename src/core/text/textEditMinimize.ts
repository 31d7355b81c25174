import type { TextEdit } from './textLines';

/**
 * The same edit reduced to the part that really changes, so that an editor
 * moves no cursor, marker or diagnostic that it need not. It never cuts a
 * `\r\n` or a surrogate pair in two.
 */
export function minimizeEdit(text: string, edit: TextEdit): TextEdit {
  const old = text.slice(edit.start, edit.end);
  const next = edit.newText;
  let prefix = 0;
  const most = Math.min(old.length, next.length);
  while (prefix < most && old[prefix] === next[prefix]) {
    prefix++;
  }
  while (prefix > 0 && splitsPair(text, edit.start + prefix)) {
    prefix--;
  }
  let suffix = 0;
  while (suffix < most - prefix && old[old.length - 1 - suffix] === next[next.length - 1 - suffix]) {
    suffix++;
  }
  while (suffix > 0 && splitsPair(text, edit.end - suffix)) {
    suffix--;
  }
  return { start: edit.start + prefix, end: edit.end - suffix, newText: next.slice(prefix, next.length - suffix) };
}

/** True when `offset` falls between the two halves of a `\r\n` or of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before === 0x0d && after === 0x0a) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}
