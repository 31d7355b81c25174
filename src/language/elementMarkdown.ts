import * as vscode from 'vscode';
import type { StrategicElement } from '../core/elements';

/** What an element means, for a hover or a completion: its label, what counts as evidence, and the questions to ask. */
export function elementMarkdown(element: StrategicElement): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.appendMarkdown(`**${escape(element.label)}** · \`${element.id}\`\n\n`);
  markdown.appendMarkdown(`**What counts as evidence:** ${escape(element.description)}\n\n`);
  if (element.prompts.length > 0) {
    markdown.appendMarkdown('**Ask yourself:**\n\n');
    for (const prompt of element.prompts) {
      markdown.appendMarkdown(`- ${escape(prompt)}\n`);
    }
  }
  return markdown;
}

/** Framework text is the user's (a custom framework): shown as written, never as markup. Not appendText, which turns spaces into `&nbsp;` and stops the hover from wrapping. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
