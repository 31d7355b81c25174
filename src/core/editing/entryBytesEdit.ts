import { isNoChange, type ElementsEditResult } from './elementsEdit';
import { applyEdit } from '../text/textLines';

/** What an edit of an entry did. `namesFile`: the message names the file itself, so it is shown as it is. */
export type EntryEditOutcome = { readonly changed: boolean } | { readonly error: string; readonly namesFile?: true };

/** Computes the edit from the entry's text. */
export type MakeEntryEdit = (text: string) => ElementsEditResult;

export const NOT_CHANGED = 'The file was not changed.';

/** Another program wrote the entry between its reading and the write. */
export const CHANGED_ON_DISK = 'The entry changed on disk while tagging: nothing was written; run it again.';

/** Refuses what is not UTF-8 rather than guess: a wrong guess would rewrite bytes the user never saw. BOM kept in the text, so it is written back. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeEntryText(bytes: Uint8Array): { readonly text: string } | { readonly error: string } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: `The file is not UTF-8 text. ${NOT_CHANGED}` };
  }
}

/** The file's new bytes, with every byte the edit does not touch as it was; `unchanged` when the edit changes nothing. */
export function entryBytesEdit(bytes: Uint8Array, makeEdit: MakeEntryEdit): { readonly bytes: Uint8Array } | { readonly unchanged: true } | { readonly error: string } {
  const decoded = decodeEntryText(bytes);
  if ('error' in decoded) {
    return decoded;
  }
  const text = decoded.text;
  const edit = makeEdit(text);
  if ('error' in edit) {
    return edit;
  }
  return isNoChange(edit) ? { unchanged: true } : { bytes: new TextEncoder().encode(applyEdit(text, edit)) };
}

/** The words for a file that cannot be read. */
export function unreadable(message: string): string {
  return `The file cannot be read (${message}). ${NOT_CHANGED}`;
}
