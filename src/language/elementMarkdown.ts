import type * as vscode from 'vscode';
import { elementMarkdown as elementMarkdownText } from '../core/elements/elementMarkdown';
import type { StrategicElement } from '../core/elements/elements';
import { toMarkdownString } from '../util/markdownString';

/** What an element means, for a hover or a completion (text and escaping in core). */
export function elementMarkdown(element: StrategicElement): vscode.MarkdownString {
  return toMarkdownString(elementMarkdownText(element));
}
