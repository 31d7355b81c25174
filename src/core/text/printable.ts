/**
 * Characters that act instead of showing: the C0 controls (ESC starts terminal
 * commands such as clearing the screen or setting the window title, BEL rings,
 * CR and LF start a line), DEL, the C1 controls (U+009B is a one-character
 * `ESC [`), the bidi embeddings, overrides and isolates (they reorder the text
 * after them), and the line and paragraph separators. Text from a user's files
 * can hold any of them; a terminal must never receive them raw.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g; // eslint-disable-line no-control-regex
/** The same, less the newline and the tab that lay out text of many lines. */
const UNPRINTABLE_IN_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g; // eslint-disable-line no-control-regex
/** What JSON.stringify leaves raw in strings: DEL, C1, bidi controls and the separators. */
const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from an entry, a file name or a framework file as one line for a
 * terminal: every character above is shown as an escape instead, `\n`, `\r`
 * and `\t` by name, the other controls up to U+00FF as `\xHH` (`\x1B` for
 * ESC) and the rest as `\uHHHH` (`\u202E`). Everything else is left as is.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeCharacter);
}

/** Text of many lines, such as a markdown packet, for a terminal or a file: as printable, keeping newlines and tabs. */
export function printableLines(text: string): string {
  return text.replace(UNPRINTABLE_IN_LINES, escapeCharacter);
}

/**
 * A value as indented JSON that a terminal shows as it is: JSON.stringify
 * escapes the C0 controls, and the others get `\u` escapes here, so the JSON
 * reads back to the same value.
 */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNPRINTABLE_IN_JSON, (character) => `\\u${hex(character, 4)}`);
}

function escapeCharacter(character: string): string {
  return NAMED[character] ?? (character.charCodeAt(0) <= 0xff ? `\\x${hex(character, 2)}` : `\\u${hex(character, 4)}`);
}

function hex(character: string, digits: number): string {
  return character.charCodeAt(0).toString(16).toUpperCase().padStart(digits, '0');
}
