import * as vscode from 'vscode';
import { isNoChange, type ElementsEditResult } from '../core/elementsEdit';
import { applyEdit } from '../core/textLines';

export type EntryEditOutcome = { readonly changed: boolean } | { readonly error: string };

const NOT_CHANGED = 'The file was not changed.';

/** Refuses what is not UTF-8 rather than guess: a wrong guess would rewrite bytes the user never saw. BOM kept in the text, so it is written back. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The entry's text as the user sees it: the editor's, unsaved changes included, when it is open there; else the file's. */
export async function readEntryText(uri: vscode.Uri): Promise<{ text: string } | { error: string }> {
  const document = editorDocument(uri);
  if (document) {
    return { text: document.getText() };
  }
  const file = await readFile(uri);
  return 'error' in file ? file : { text: file.text };
}

/**
 * Applies the edit `makeEdit` computes from the entry's current text.
 * In an editor: through a workspace edit, undoable, and left unsaved for the
 * user to save. Not open: written to the file with every other byte as it
 * was, which saving a text model would not promise (the user's format on
 * save, trimmed whitespace, normalized mixed line endings).
 */
export async function editEntryText(uri: vscode.Uri, makeEdit: (text: string) => ElementsEditResult): Promise<EntryEditOutcome> {
  const document = editorDocument(uri);
  if (document) {
    const edit = makeEdit(document.getText());
    if ('error' in edit) {
      return edit;
    }
    if (isNoChange(edit)) {
      return { changed: false };
    }
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText);
    // Rejected by VS Code when the document changed since it was read: nothing is half applied.
    return (await vscode.workspace.applyEdit(workspaceEdit)) ? { changed: true } : { error: `The entry changed while it was being tagged. ${NOT_CHANGED}` };
  }
  const file = await readFile(uri);
  if ('error' in file) {
    return file;
  }
  const edit = makeEdit(file.text);
  if ('error' in edit) {
    return edit;
  }
  if (isNoChange(edit)) {
    return { changed: false };
  }
  if ((await modifiedTime(uri)) !== file.mtime || editorDocument(uri)) {
    return { error: `The entry changed while it was being tagged. ${NOT_CHANGED}` }; // never write over what another program or editor just wrote
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(applyEdit(file.text, edit)));
  return { changed: true };
}

/** The entry's document when it is shown in an editor tab or has unsaved changes; a model VS Code merely keeps loaded does not count. */
function editorDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
  if (!document) {
    return undefined;
  }
  const shows = (input: unknown) =>
    (input instanceof vscode.TabInputText && input.uri.toString() === key) || (input instanceof vscode.TabInputTextDiff && input.modified.toString() === key);
  const inTab = vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => shows(tab.input)));
  return inTab || document.isDirty ? document : undefined;
}

async function readFile(uri: vscode.Uri): Promise<{ text: string; mtime: number } | { error: string }> {
  try {
    const mtime = await modifiedTime(uri);
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { text: utf8.decode(bytes), mtime };
  } catch (error) {
    return { error: error instanceof TypeError ? `The file is not UTF-8 text. ${NOT_CHANGED}` : `The file cannot be read (${(error as Error).message}). ${NOT_CHANGED}` };
  }
}

async function modifiedTime(uri: vscode.Uri): Promise<number> {
  return (await vscode.workspace.fs.stat(uri)).mtime;
}
