import * as vscode from 'vscode';
import type { Span, TextRange } from '../core/text/textLines';

/** The core counts lines and UTF-16 characters as VS Code does: only the type changes. */
export function toVscodeRange(range: TextRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Offsets into `document.getText()`, as a range of the document. */
export function spanRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
