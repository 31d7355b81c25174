import * as vscode from 'vscode';
import type { JournalService } from '../journal/journalService';
import { journalEntryFile } from './journalEntryFile';

/** The name of the entry snippet in snippets/markdown.json. */
export const ENTRY_SNIPPET = 'Promotion Journal: strategic win entry';

/**
 * "Insert entry template" over an empty journal file. VS Code does not
 * suggest snippets while typing in markdown, so a new file would otherwise
 * need the `win` prefix and Ctrl+Space. Only empty files get it: it goes
 * away with the first character, and never sits over a user's text.
 */
export class EntryTemplateLens implements vscode.CodeLensProvider {
  constructor(private readonly service: JournalService) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    // A line count first: asked on every edit of every markdown file, most of which are far from empty.
    if (document.lineCount > 3 || document.getText().trim() !== '' || !journalEntryFile(this.service, document.uri)) {
      return [];
    }
    return [
      new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), {
        title: 'Insert entry template',
        tooltip: 'The frontmatter of a win, dated today (the snippet `win`; `pj-star` adds the story\'s sections)',
        command: 'editor.action.insertSnippet',
        arguments: [{ langId: 'markdown', name: ENTRY_SNIPPET }],
      }),
    ];
  }
}
