import type { StrategicElement } from './elements';
import { escapeMarkdown, markdownCode, type MarkdownText } from '../text/markdown';

/**
 * What an element means, for a hover or a completion: its label, what counts
 * as evidence, and the questions to ask. A custom framework's text is the
 * user's: shown as written, never as markup.
 */
export function elementMarkdown(element: StrategicElement): MarkdownText {
  let value = `**${escapeMarkdown(element.label)}** · ${markdownCode(element.id, false)}\n\n`;
  value += `**What counts as evidence:** ${escapeMarkdown(element.description)}\n\n`;
  if (element.prompts.length > 0) {
    value += '**Ask yourself:**\n\n';
    value += element.prompts.map((prompt) => `- ${escapeMarkdown(prompt)}\n`).join('');
  }
  return { value, supportThemeIcons: false };
}
