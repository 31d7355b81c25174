import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { JournalService } from '../../src/journal/journalService';
import { activateExtension, journalUri, waitFor, type ExtensionUnderTest } from './helpers';

const OUTSIDE_MESSAGE = 'Not read: this is a link to a file outside the journal folder.';
const UNCHECKED_MESSAGE = 'Not read: this is a link, and in this workspace the journal cannot check where it leads.';
/** The outside file names an element that does not exist: parsing its text would show an unknown-element problem. */
const SECRET = '---\ntitle: Leaked title\ndate: 2026-06-01\nelements: [measure-success, not-an-element]\nimpact: Leaked impact of 42%\n---\n';

/** Links are made with Node's fs, as a user's shell or git would. */
suite('The journal folder is the boundary', () => {
  let api: ExtensionUnderTest;
  let root: string;
  let outside: string;
  const links: string[] = [];

  const problemOf = (service: { report(): { problems: readonly { file: string; message: string }[] } }, file: string) =>
    service.report().problems.find((problem) => problem.file === file)?.message;

  function link(target: string, name: string): vscode.Uri {
    fs.symlinkSync(target, path.join(root, name));
    links.push(name);
    return journalUri(name);
  }

  suiteSetup(async function () {
    api = await activateExtension();
    root = journalUri().fsPath;
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.md'), SECRET);
    try {
      link(path.join(outside, 'secret.md'), 'linked-secret.md');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPERM') {
        this.skip(); // Windows without the privilege to make links
      }
      throw error;
    }
  });

  suiteTeardown(async () => {
    for (const name of links.splice(0)) {
      fs.rmSync(path.join(root, name), { force: true });
    }
    fs.rmSync(outside, { recursive: true, force: true });
    // The other suites count the fixture journal as it is.
    const linked = () => [...api.service.entries()].filter(({ entry }) => entry.path.startsWith('linked-')).length;
    assert.strictEqual(await waitFor(linked, (count) => count === 0), 0, 'the links left the journal');
  });

  test('a link to a file outside, made while VS Code runs, is a problem, and nothing of the file is in report()', async () => {
    const message = await waitFor(() => problemOf(api.service, 'linked-secret.md'), Boolean);
    assert.strictEqual(message, OUTSIDE_MESSAGE);
    assert.ok(!JSON.stringify(api.report()).includes('Leaked'), 'report() holds nothing of the outside file');
    assert.ok(![...api.service.entries()].some(({ entry }) => entry.title.includes('Leaked') || entry.impact?.includes('Leaked')));
  });

  test('the same after the whole journal is read again', async () => {
    await api.service.reload();
    assert.strictEqual(problemOf(api.service, 'linked-secret.md'), OUTSIDE_MESSAGE);
    assert.ok(!JSON.stringify(api.report()).includes('Leaked'));
  });

  test('opened through the link, its only diagnostic is that problem: its text is not parsed', async () => {
    const uri = journalUri('linked-secret.md');
    await vscode.window.showTextDocument(uri);
    try {
      const codes = await waitFor(
        () => vscode.languages.getDiagnostics(uri).map((diagnostic) => diagnostic.code),
        (found) => found.length > 0,
      );
      assert.deepStrictEqual(codes, ['link-outside']);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(uri).map((diagnostic) => diagnostic.message), [OUTSIDE_MESSAGE]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri).map((diagnostic) => diagnostic.code), ['link-outside'], 'closing it keeps the problem');
  });

  test('a link to a file inside the journal is read as that entry', async () => {
    const target = [...api.service.entries()].find(({ entry }) => entry.problems.length === 0 && entry.elements.length > 0);
    assert.ok(target, 'the fixture journal has a healthy entry');
    link(target.uri.fsPath, 'linked-inside.md');
    const entry = await waitFor(() => [...api.service.entries()].find((located) => located.entry.path === 'linked-inside.md')?.entry, Boolean);
    assert.strictEqual(entry?.title, target.entry.title);
    assert.deepStrictEqual(entry?.problems, []);
  });

  test('a link to a folder outside, made while VS Code runs, is not searched for entries', async () => {
    fs.mkdirSync(path.join(outside, 'folder'));
    fs.writeFileSync(path.join(outside, 'folder', '2026-06-03-leaked.md'), SECRET);
    link(path.join(outside, 'folder'), 'linked-folder');
    // Written after the link: once it is indexed, the link's event has been handled too.
    fs.writeFileSync(path.join(root, 'linked-after.md'), '---\ntitle: After the folder link\ndate: 2026-06-04\n---\n');
    links.push('linked-after.md');
    await waitFor(() => [...api.service.entries()].some(({ entry }) => entry.path === 'linked-after.md'), Boolean);
    assert.deepStrictEqual([...api.service.entries()].filter(({ entry }) => entry.path.startsWith('linked-folder/')).map(({ entry }) => entry.path), []);
    assert.ok(!JSON.stringify(api.report()).includes('Leaked'));
  });

  test('where links cannot be resolved (no disk reader, as on the web), a link to a file is not followed at all', async () => {
    const service = new JournalService();
    try {
      await service.ready();
      assert.strictEqual(problemOf(service, 'linked-secret.md'), UNCHECKED_MESSAGE);
      assert.strictEqual(problemOf(service, 'linked-inside.md'), UNCHECKED_MESSAGE);
      assert.ok(!JSON.stringify(service.report()).includes('Leaked'));
    } finally {
      service.dispose();
    }
  });
});
