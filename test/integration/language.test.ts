import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, journalUri, read, waitFor, workspaceUri, write, type ExtensionUnderTest } from './helpers';

type TagEntryOutcome = { changed: boolean } | { error: string } | undefined;

const SOURCE = 'Promotion Journal';
const SIX_IDS = ['business-context', 'smart-goals', 'future-trends', 'iterate-adapt', 'align-stakeholders', 'measure-success'];
const DRAFT_VISION = ['2026', '2026-11-20-draft-vision.md'];

/** Files a test creates, removed again so that the other suites count the fixture journal as it is. */
const created: vscode.Uri[] = [];

async function createFile(uri: vscode.Uri, text: string): Promise<vscode.Uri> {
  created.push(uri);
  await write(uri, text);
  return uri;
}

/** A new entry, once the journal has read it. */
async function createEntry(api: ExtensionUnderTest, name: string, text: string): Promise<vscode.Uri> {
  const uri = await createFile(journalUri(name), text);
  await waitFor(() => isIndexed(api, uri), Boolean);
  return uri;
}

function isIndexed(api: ExtensionUnderTest, uri: vscode.Uri): boolean {
  return [...api.service.entries()].some((located) => located.uri.toString() === uri.toString());
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

/** Unsaved changes are dropped and the editor closed, so that nothing asks to save. */
async function discard(uri: vscode.Uri): Promise<void> {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
  if (document?.isDirty || vscode.window.visibleTextEditors.some((editor) => editor.document === document)) {
    await vscode.window.showTextDocument(document!);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

async function completionIds(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.filter((item) => SIX_IDS.includes(typeof item.label === 'string' ? item.label : item.label.label));
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Ours only: the built-in markdown extension offers actions of its own (insert bold text, ...). */
async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
  return actions.filter((action) => /^(Change to|Remove) '/.test(action.title) && action.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Runs the command's interactive form and closes its pick of elements as soon as it opens (the command may refuse before it does). */
async function cancelledTagEntry(api: ExtensionUnderTest, argument?: unknown): Promise<TagEntryOutcome> {
  const closing = api.elementPick.onDidShow(() => void vscode.commands.executeCommand('workbench.action.closeQuickOpen'));
  try {
    return await vscode.commands.executeCommand<TagEntryOutcome>('promotionJournal.tagEntry', argument);
  } finally {
    closing.dispose();
  }
}

suite('Language: diagnostics and quick fixes', () => {
  let api: ExtensionUnderTest;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('an unknown element in an open entry is an error on the item itself', async () => {
    const uri = journalUri(...DRAFT_VISION);
    await vscode.workspace.openTextDocument(uri);
    const found = await waitFor(() => ours(uri), (diagnostics) => diagnostics.some((diagnostic) => diagnostic.range.start.line === 3));
    const unknown = found.find((diagnostic) => diagnostic.code === 'unknown-element');
    assert.ok(unknown, JSON.stringify(found));
    assert.deepStrictEqual([unknown.range.start.line, unknown.range.start.character, unknown.range.end.line, unknown.range.end.character], [3, 11, 3, 25], '`vision-setting` in `elements: [vision-setting]`');
    assert.strictEqual(unknown.message, 'Unknown element "vision-setting".');
    assert.strictEqual(unknown.severity, vscode.DiagnosticSeverity.Error);
  });

  test('an entry that is not open shows the problems the journal found, at their line', async () => {
    const uri = journalUri('broken-yaml.md');
    const problem = [...api.service.entries()].find((located) => located.entry.path === 'broken-yaml.md')!.entry.problems[0];
    const found = await waitFor(() => ours(uri), (diagnostics) => diagnostics.length > 0);
    assert.strictEqual(found[0].code, problem.code);
    assert.strictEqual(found[0].message, problem.message);
    assert.strictEqual(found[0].range.start.line, problem.line ?? 0);
    assert.strictEqual(found[0].range.start.line, 3, 'the `elements: [iterate-adapt` line, where the list that never closes opens');
    assert.strictEqual(found[0].severity, vscode.DiagnosticSeverity.Error);
  });

  test('an entry that is not open shows an unknown element at the line of its item', async () => {
    const uri = await createEntry(api, 'language-unopened-unknown.md', '---\ntitle: Not opened\ndate: 2026-07-14\n\nelements:\n  - iterate-adapt\n  - vision-board\n---\n');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), 'the entry is not open');
    const found = await waitFor(() => ours(uri), (diagnostics) => diagnostics.length > 0);
    assert.deepStrictEqual(
      found.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]),
      [['unknown-element', 6]],
    );
  });

  test('a missing date is a warning', async () => {
    const uri = await createEntry(api, 'language-no-date.md', '---\ntitle: No date here\nelements: [smart-goals]\n---\n');
    await vscode.workspace.openTextDocument(uri);
    const found = await waitFor(() => ours(uri), (diagnostics) => diagnostics.some((diagnostic) => diagnostic.code === 'no-date'));
    const noDate = found.find((diagnostic) => diagnostic.code === 'no-date');
    assert.strictEqual(noDate?.severity, vscode.DiagnosticSeverity.Warning, JSON.stringify(found));
  });

  test('nothing outside the journal folder gets diagnostics', async () => {
    const uri = await createFile(vscode.Uri.joinPath(workspaceUri(), 'outside-journal.md'), '---\ndate: someday\nelements: [vision-setting\n---\n');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    // The same text inside the journal, opened after it, gets its diagnostics: by then the outside file's turn has passed.
    const inside = await createEntry(api, 'language-inside-twin.md', document.getText());
    await vscode.workspace.openTextDocument(inside);
    await waitFor(() => ours(inside), (found) => found.length > 0);
    assert.ok(ours(inside).length > 0, 'the journal\'s copy has problems');
    assert.deepStrictEqual(ours(uri), []);
    assert.deepStrictEqual(await completionIds(uri, new vscode.Position(2, 11)), [], 'no element completion either');
    await discard(uri);
  });

  test('the quick fixes change a typo to the closest element and remove an unknown one, live as the text changes', async () => {
    const uri = await createEntry(api, 'language-fix.md', '---\ntitle: Quick fixes\ndate: 2026-10-01\nelements: [aling-stakeholders, vision-setting]\n---\n\nBody.\n');
    const document = await vscode.workspace.openTextDocument(uri);
    const unknown = await waitFor(() => ours(uri).filter((diagnostic) => diagnostic.code === 'unknown-element'), (found) => found.length === 2);
    assert.strictEqual(unknown.length, 2);

    const typo = unknown.find((diagnostic) => diagnostic.message.includes('aling-stakeholders'))!;
    const typoActions = await quickFixes(uri, typo.range);
    assert.deepStrictEqual(
      typoActions.map((action) => action.title),
      ["Change to 'align-stakeholders'", "Remove 'aling-stakeholders'"],
    );
    assert.strictEqual(typoActions[0].isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(typoActions[0].edit!));
    const left = await waitFor(() => ours(uri).filter((diagnostic) => diagnostic.code === 'unknown-element'), (found) => found.length === 1);
    assert.strictEqual(left.length, 1, 'the diagnostics follow the unsaved text');

    const removeActions = await quickFixes(uri, left[0].range);
    assert.deepStrictEqual(removeActions.map((action) => action.title), ["Remove 'vision-setting'"], 'no element is close to vision-setting');
    assert.ok(await vscode.workspace.applyEdit(removeActions[0].edit!));
    await waitFor(() => ours(uri), (found) => found.length === 0);
    assert.deepStrictEqual(ours(uri), []);
    assert.strictEqual(document.getText(), '---\ntitle: Quick fixes\ndate: 2026-10-01\nelements: [align-stakeholders]\n---\n\nBody.\n');
    await discard(uri);
  });

  test('a date that names no day says why, and the quick fixes offer the file name\'s day and today', async () => {
    const uri = await createEntry(api, '2026-09-30-language-bad-day.md', '---\ntitle: Bad day\ndate: 2026-09-31\nelements: [smart-goals]\n---\n');
    const document = await vscode.workspace.openTextDocument(uri);
    const [invalid] = await waitFor(() => ours(uri).filter((diagnostic) => diagnostic.code === 'invalid-date'), (found) => found.length === 1);
    assert.strictEqual(invalid.message, '"2026-09-31" is not a date: September has 30 days.');
    assert.strictEqual(invalid.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual([invalid.range.start.line, invalid.range.start.character, invalid.range.end.character], [2, 6, 16], 'on the date itself');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, invalid.range)).filter((action) => action.title.startsWith('Change to 2'));
    const today = api.service.today;
    assert.deepStrictEqual(actions.map((action) => action.title), ['Change to 2026-09-30 (the date in the file name)', `Change to ${today} (today)`]);
    assert.strictEqual(actions[0].isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    await waitFor(() => ours(uri), (found) => found.length === 0);
    assert.deepStrictEqual(ours(uri), []);
    assert.strictEqual(document.getText(), '---\ntitle: Bad day\ndate: 2026-09-30\nelements: [smart-goals]\n---\n');
    assert.ok(await vscode.workspace.applyEdit(editReplacing(document, '2026-09-30', '2026-02-30')));
    const [again] = await waitFor(() => ours(uri), (found) => found.length === 1);
    const fixes = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, again.range)).filter((action) => action.title.startsWith('Change to 2'));
    assert.ok(await vscode.workspace.applyEdit(fixes[1].edit!));
    await waitFor(() => document.getText(), (text) => text.includes(`date: ${today}`));
    assert.strictEqual(document.getText(), `---\ntitle: Bad day\ndate: ${today}\nelements: [smart-goals]\n---\n`, 'today, as offered');
    await discard(uri);
  });

  suiteTeardown(async () => {
    await removeCreated(api);
  });
});

/** An edit of the document that replaces the first `from` with `to`. */
function editReplacing(document: vscode.TextDocument, from: string, to: string): vscode.WorkspaceEdit {
  const start = document.positionAt(document.getText().indexOf(from));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(start, start.translate(0, from.length)), to);
  return edit;
}

suite('Language: completion and hover', () => {
  let api: ExtensionUnderTest;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('inside `elements: [` the six element ids are offered, with their labels', async () => {
    const uri = journalUri(...DRAFT_VISION);
    await vscode.workspace.openTextDocument(uri);
    const items = await completionIds(uri, new vscode.Position(3, 11));
    assert.deepStrictEqual(items.map(labelOf).sort(), [...SIX_IDS].sort());
    assert.strictEqual(items.find((item) => labelOf(item) === 'iterate-adapt')?.detail, 'Iterate and adapt');
  });

  test('while an id is typed (broken YAML) and in a block list, the ids not yet in the list', async () => {
    const others = SIX_IDS.filter((id) => id !== 'iterate-adapt').sort();
    const uri = await createEntry(api, 'language-complete.md', '---\ntitle: Completing\nelements: [iterate-adapt, ali\ntags:\n---\n');
    await vscode.workspace.openTextDocument(uri);
    const typed = await completionIds(uri, new vscode.Position(2, 29));
    assert.deepStrictEqual(typed.map(labelOf).sort(), others, 'iterate-adapt is already in the list');
    const range = typed[0].range as { inserting: vscode.Range } | vscode.Range;
    const inserting = 'inserting' in range ? range.inserting : range;
    assert.deepStrictEqual([inserting.start.character, inserting.end.character], [26, 29], 'replaces what was typed: `ali`');

    const block = await createEntry(api, 'language-complete-block.md', '---\ntitle: Completing a block list\nelements:\n  - iterate-adapt\n  - \n---\n');
    await vscode.workspace.openTextDocument(block);
    assert.deepStrictEqual((await completionIds(block, new vscode.Position(4, 4))).map(labelOf).sort(), others);
    assert.deepStrictEqual(await completionIds(block, new vscode.Position(1, 9)), [], 'not in other keys');
  });

  test('a hover on an element id shows its label, what counts as evidence and the prompts', async () => {
    const uri = journalUri('2026', '2026-07-14-repriced-q3-launch.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.getText().split('\n').findIndex((text) => text.startsWith('elements:'));
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf('iterate-adapt') + 3);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
    assert.match(text, /Iterate and adapt/);
    assert.match(text, /What counts as evidence/);
    assert.match(text, /What new information changed the plan\?/);
  });

  test('no hover on an unknown element', async () => {
    const uri = journalUri(...DRAFT_VISION);
    await vscode.workspace.openTextDocument(uri);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(3, 14)));
    assert.doesNotMatch(text, /What counts as evidence/);
  });

  suiteTeardown(async () => {
    await removeCreated(api);
  });
});

suite('Language: Tag Entry with Elements', () => {
  let api: ExtensionUnderTest;
  const OPEN_ENTRY = "---\r\n# a comment the user wrote\r\ntitle: 'Tagging: kept as written'\r\ndate: 2026-10-02\r\nelements: [iterate-adapt]   # keep this comment\r\nstakeholders:\r\n  - \"VP Sales\"\r\n---\r\n\r\nBody with **markdown** and trailing spaces   \r\n";
  const CLOSED_ENTRY = '\uFEFF---\r\ntitle: Tagged on disk\r\ndate: 2026-10-03\r\nelements:\r\n  - iterate-adapt # why\r\n  - "measure-success"\r\ntags: [x]\r\n---\r\nBody\r\n';

  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('in an open entry only the elements line changes, undoably, and the entry is left unsaved', async () => {
    // VS Code for the web saves after a second by default: on a busy machine, before the file is checked.
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await tagOpenEntry();
    } finally {
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  async function tagOpenEntry(): Promise<void> {
    const uri = await createEntry(api, 'language-tag-open.md', OPEN_ENTRY);
    const editor = await vscode.window.showTextDocument(uri);
    const outcome = await vscode.commands.executeCommand<TagEntryOutcome>('promotionJournal.tagEntry', { uri, elements: ['smart-goals', 'Align stakeholders'] });
    assert.deepStrictEqual(outcome, { changed: true });
    const before = OPEN_ENTRY.split('\r\n');
    const after = editor.document.getText().split('\r\n');
    const changed = before.map((line, index) => (line === after[index] ? undefined : index)).filter((index) => index !== undefined);
    assert.deepStrictEqual(changed, [4], 'only the elements line');
    assert.strictEqual(after[4], 'elements: [smart-goals, align-stakeholders]   # keep this comment');
    assert.strictEqual(after.length, before.length);
    assert.strictEqual(editor.document.isDirty, true, 'left for the user to save');
    assert.strictEqual(await read(uri), OPEN_ENTRY, 'the file itself is not written');

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), OPEN_ENTRY, 'undo restores every byte');
    await discard(uri);
  }

  test('in an entry that is not open the file is written, every other byte kept (BOM, CRLF, comments, quoting)', async () => {
    const uri = await createEntry(api, 'language-tag-closed.md', CLOSED_ENTRY);
    const outcome = await vscode.commands.executeCommand<TagEntryOutcome>('promotionJournal.tagEntry', { uri: uri.toString(), elements: ['measure-success', 'future-trends'] });
    assert.deepStrictEqual(outcome, { changed: true });
    const bytes = await vscode.workspace.fs.readFile(uri);
    assert.deepStrictEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'the byte-order mark stays');
    assert.strictEqual(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      '\uFEFF---\r\ntitle: Tagged on disk\r\ndate: 2026-10-03\r\nelements:\r\n  - "measure-success"\r\n  - "future-trends"\r\ntags: [x]\r\n---\r\nBody\r\n',
    );
    const entry = await waitFor(
      () => [...api.service.entries()].find((located) => located.uri.toString() === uri.toString())?.entry,
      (found) => found?.elements.includes('future-trends') ?? false,
    );
    assert.deepStrictEqual(entry?.elements, ['measure-success', 'future-trends'], 'the journal follows');
  });

  test('an entry whose frontmatter cannot be read is not touched, and the user is told why', async () => {
    const uri = journalUri('broken-yaml.md');
    const before = await read(uri);
    const outcome = await vscode.commands.executeCommand<TagEntryOutcome>('promotionJournal.tagEntry', { uri, elements: ['smart-goals'] });
    assert.ok(outcome && 'error' in outcome && /not changed/.test(outcome.error), JSON.stringify(outcome));
    await vscode.window.showTextDocument(uri);
    const asked = await cancelledTagEntry(api);
    assert.ok(asked && 'error' in asked, 'refused before anything is picked');
    assert.strictEqual(await read(uri), before);
    assert.strictEqual(vscode.window.activeTextEditor?.document.isDirty, false);
    await discard(uri);
  });

  test('a file outside the journal is not an entry', async () => {
    const outcome = await vscode.commands.executeCommand<TagEntryOutcome>('promotionJournal.tagEntry', { uri: vscode.Uri.joinPath(workspaceUri(), 'README.md'), elements: ['smart-goals'] });
    assert.ok(outcome && 'error' in outcome && /not an entry/.test(outcome.error), JSON.stringify(outcome));
  });

  test('the quick pick, cancelled, changes nothing: from the editor and from the sidebar', async () => {
    const uri = await createEntry(api, 'language-tag-cancel.md', OPEN_ENTRY);
    const editor = await vscode.window.showTextDocument(uri);
    assert.strictEqual(await cancelledTagEntry(api), undefined);
    assert.strictEqual(editor.document.getText(), OPEN_ENTRY);
    assert.strictEqual(editor.document.isDirty, false);

    const located = [...api.service.entries()].find((candidate) => candidate.uri.toString() === uri.toString())!;
    assert.strictEqual(await cancelledTagEntry(api, { kind: 'entry', located, parentKey: 'untagged', showProblems: false }), undefined);
    assert.strictEqual(await read(uri), OPEN_ENTRY);
    await discard(uri);
  });

  test('it is in the command palette for markdown and in the sidebar entries’ context menu', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string }[]> } };
    const menus = manifest.contributes.menus;
    assert.ok(menus['view/item/context'].some((item) => item.command === 'promotionJournal.tagEntry' && item.when?.includes('viewItem == entry')));
    assert.ok(menus.commandPalette.some((item) => item.command === 'promotionJournal.tagEntry' && item.when === 'editorLangId == markdown'));
  });

  suiteTeardown(async () => {
    await removeCreated(api);
  });
});

suite('Language: Restricted Mode', () => {
  test('the extension declares that it works in untrusted and virtual workspaces, with its path settings restricted', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      capabilities?: { untrustedWorkspaces?: { supported?: unknown; restrictedConfigurations?: unknown }; virtualWorkspaces?: unknown };
    };
    assert.strictEqual(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.deepStrictEqual(manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations, ['promotionJournal.journalFolder', 'promotionJournal.framework']);
    assert.strictEqual(manifest.capabilities?.virtualWorkspaces, true);
  });
});

/** Deletes what the tests created and waits until the journal no longer counts it. */
async function removeCreated(api: ExtensionUnderTest): Promise<void> {
  for (const uri of created.splice(0)) {
    await discard(uri);
    await vscode.workspace.fs.delete(uri);
    await waitFor(() => isIndexed(api, uri), (present) => !present);
  }
  await api.service.ready();
}
