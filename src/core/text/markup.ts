const SPECIAL = /[&<>"']/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML or SVG: safe as element content and inside a quoted attribute.
 * Titles, labels and impacts come from the user's files, so every one goes through here.
 */
export function escapeMarkup(text: string): string {
  return text.replace(SPECIAL, (character) => ENTITIES[character]);
}
