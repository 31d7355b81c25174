import type { EntryStory } from './entryStory';
import { escapeMarkdown } from '../text/markdown';

/**
 * A win's story as the first line under it in the packet: "Result" when it
 * comes from the entry's Result section, "Story" when from its first
 * paragraph. Paragraphs of a full story are kept apart by line breaks, so the
 * list stays tight.
 */
export function storyLines(story: EntryStory | undefined): string[] {
  if (!story || story.paragraphs.length === 0) {
    return [];
  }
  const [first, ...rest] = story.paragraphs.map(escapeMarkdown);
  const lines = [`  - ${story.fromResult ? 'Result' : 'Story'}: ${first}`, ...rest.map((paragraph) => `    ${paragraph}`)];
  // A backslash at the end of a line is a hard line break in CommonMark.
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}\\` : line));
}
