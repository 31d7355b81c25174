import * as vscode from 'vscode';
import { fileName } from '../util/fileName';
import { CHANGED_ON_DISK, decodeEntryText, entryBytesEdit, NOT_CHANGED, unreadable, type EntryEditOutcome, type MakeEntryEdit } from '../core/editing/entryBytesEdit';
import { isNoChange } from '../core/editing/elementsEdit';
import { errorCode } from '../core/journal/errorCode';
import { sameBytes } from '../core/editing/guardedReplace';
import { describeWriteFailure } from '../core/journal/writeFailure';

/** The entry's text as the user sees it: the editor's, unsaved changes included, when it is open there; else the file's. */
export async function readEntryText(uri: vscode.Uri): Promise<{ text: string } | { error: string }> {
  const document = editorDocument(uri);
  if (document) {
    return { text: document.getText() };
  }
  const bytes = await readBytes(uri);
  return 'error' in bytes ? bytes : decodeEntryText(bytes);
}

/**
 * Writes the edit `makeEdit` computes into an entry file no editor shows,
 * only if the file still holds the bytes the edit was computed from. The
 * desktop entry and the web one each give theirs.
 */
export type EditEntryFile = (uri: vscode.Uri, makeEdit: MakeEntryEdit) => Promise<EntryEditOutcome>;

/**
 * Applies the edit `makeEdit` computes from the entry's current text.
 * In an editor: through a workspace edit, undoable, and left unsaved for the
 * user to save. Not open: `editFile` writes it with every other byte as it
 * was, which saving a text model would not promise (the user's format on
 * save, trimmed whitespace, normalized mixed line endings).
 */
export async function editEntryText(uri: vscode.Uri, makeEdit: MakeEntryEdit, editFile: EditEntryFile): Promise<EntryEditOutcome> {
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
  return editFile(uri, makeEdit);
}

/**
 * Where vscode.workspace.fs is all there is (vscode.dev, file systems of other
 * extensions), no replace is atomic: the file is read again just before the
 * write, and left alone when it changed. Another program can still write in
 * the one round trip between that check and the write.
 */
export async function editEntryFileThroughApi(uri: vscode.Uri, makeEdit: MakeEntryEdit): Promise<EntryEditOutcome> {
  const original = await readBytes(uri);
  if ('error' in original) {
    return original;
  }
  const edit = entryBytesEdit(original, makeEdit);
  if ('error' in edit) {
    return edit;
  }
  if ('unchanged' in edit) {
    return { changed: false };
  }
  const current = await readBytes(uri);
  if ('error' in current || !sameBytes(current, original) || editorDocument(uri)) {
    return { error: CHANGED_ON_DISK }; // never write over what another program or editor just wrote
  }
  try {
    await vscode.workspace.fs.writeFile(uri, edit.bytes);
  } catch (error) {
    return { error: describeWriteFailure(fileName(uri), errorCode(error), (error as Error).message), namesFile: true };
  }
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

async function readBytes(uri: vscode.Uri): Promise<Uint8Array | { error: string }> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    return { error: unreadable((error as Error).message) };
  }
}
