import * as vscode from 'vscode';
import type { MarkdownText } from '../core/text/markdown';

/** The one way to a MarkdownString: its text is built and escaped in core, with the icon setting it was escaped for. */
export function toMarkdownString(text: MarkdownText): vscode.MarkdownString {
  return new vscode.MarkdownString(text.value, text.supportThemeIcons);
}
