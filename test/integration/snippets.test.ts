import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { dayOf } from '../../src/core/dates/calendarDay';
import { DEFAULT_ELEMENTS, ElementMatcher } from '../../src/core/elements/elements';
import { parseEntry } from '../../src/core/entries/parseEntry';
import { activateExtension, EXTENSION_ID, journalUri, waitFor, workspaceUri, write } from './helpers';

interface Snippet {
  prefix: string[];
  body: string[];
}

function contributedSnippets(): Record<string, Snippet> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  return JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'snippets', 'markdown.json'), 'utf8')) as Record<string, Snippet>;
}

async function insert(name: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
  const text = editor.document.getText();
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return text;
}

suite('Snippets', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('every snippet inserts in a markdown editor', async () => {
    const snippets = contributedSnippets();
    assert.ok(Object.keys(snippets).length >= 9, 'entry, six elements, STAR and metric');
    for (const name of Object.keys(snippets)) {
      const text = await insert(name);
      assert.ok(text.trim().length > 0, `${name} inserted text`);
    }
  });

  test('the entry snippet is a valid entry dated today with a valid element', async () => {
    const text = await insert('Promotion Journal: strategic win entry');
    const entry = parseEntry('new.md', text, new ElementMatcher());
    assert.deepStrictEqual(entry.problems, []);
    assert.strictEqual(entry.date, dayOf(new Date()));
    assert.strictEqual(entry.elements.length, 1);
  });

  test('every element choice a snippet offers is a valid element id', () => {
    const ids = new Set(DEFAULT_ELEMENTS.map((element) => element.id));
    for (const [name, snippet] of Object.entries(contributedSnippets())) {
      for (const choice of snippet.body.join('\n').matchAll(/\$\{\d+\|([^|]+)\|\}/g)) {
        const options = choice[1].split(',');
        if (options.some((option) => ids.has(option))) {
          assert.deepStrictEqual(options.filter((option) => !ids.has(option)), [], `${name} offers only element ids`);
        }
      }
    }
  });

  test('each element snippet holds that element\'s prompts', async () => {
    for (const element of DEFAULT_ELEMENTS) {
      const text = await insert(`Promotion Journal: ${element.label}`);
      assert.ok(text.startsWith(`## ${element.label}`), text);
      for (const prompt of element.prompts) {
        assert.ok(text.includes(prompt), `${element.id}: "${prompt}"`);
      }
    }
  });

  test('win then pj-star compose: the frontmatter, then each STAR section once', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Promotion Journal: strategic win entry' });
    await vscode.commands.executeCommand('leaveSnippet');
    editor.selection = new vscode.Selection(document.lineCount - 1, 0, document.lineCount - 1, 0); // where win leaves the cursor: the body
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Promotion Journal: STAR story' });
    const text = editor.document.getText();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.deepStrictEqual(text.match(/^## .+$/gm), ['## Situation', '## Task', '## Action', '## Result'], text);
    const entry = parseEntry('new.md', text, new ElementMatcher());
    assert.deepStrictEqual(entry.problems, []);
    assert.match(text, /^---\n[^]*\n---\n\n## Situation\n/);
  });

  test('an empty journal file offers the entry template, which the lens inserts; other files do not', async () => {
    const uri = journalUri('2026', 'snippets-empty-entry.md');
    const outside = vscode.Uri.joinPath(workspaceUri(), 'snippets-empty-outside.md');
    await write(uri, '');
    await write(outside, '');
    try {
      const lenses = async (target: vscode.Uri) => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', target)).filter((lens) => lens.command?.title === 'Insert entry template');
      await vscode.workspace.openTextDocument(outside); // lenses are asked of open documents
      assert.deepStrictEqual(await lenses(outside), [], 'only journal files');
      const editor = await vscode.window.showTextDocument(uri);
      const [lens] = await lenses(uri);
      assert.ok(lens?.command, 'the empty entry has the lens');
      assert.strictEqual(lens.range.start.line, 0);
      await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
      const text = await waitFor(() => editor.document.getText(), (current) => current.length > 0);
      await vscode.commands.executeCommand('leaveSnippet');
      const entry = parseEntry('2026/snippets-empty-entry.md', text, new ElementMatcher());
      assert.deepStrictEqual(entry.problems, []);
      assert.strictEqual(entry.date, dayOf(new Date()));
      assert.deepStrictEqual(await lenses(uri), [], 'gone once the file has text');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(outside);
    }
  });

  test('the STAR and metric snippets', async () => {
    const star = await insert('Promotion Journal: STAR story');
    assert.deepStrictEqual(star.match(/^## \w+$/gm), ['## Situation', '## Task', '## Action', '## Result']);
    const metric = await insert('Promotion Journal: metric line');
    assert.match(metric, /^- KPI baseline -> result/);
  });
});
