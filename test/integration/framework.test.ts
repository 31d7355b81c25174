import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, rootLabels, waitFor, workspaceUri, type ExtensionUnderTest } from './helpers';

suite('Custom frameworks', () => {
  let api: ExtensionUnderTest;
  const config = () => vscode.workspace.getConfiguration('promotionJournal');

  suiteSetup(async () => {
    api = await activateExtension();
  });

  teardown(async () => {
    await config().update('framework', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api.service.elements.length, (count) => count === 6);
    await api.service.ready();
  });

  test('a shipped framework file replaces the six elements everywhere', async () => {
    const shipped = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'frameworks', 'software-engineer.json');
    fs.copyFileSync(shipped, path.join(workspaceUri().fsPath, 'engineer.json'));
    await config().update('framework', 'engineer.json', vscode.ConfigurationTarget.Workspace);
    const labels = await waitFor(() => rootLabels(api), (found) => found[0] === 'Technical leadership');
    assert.deepStrictEqual(labels.slice(0, 5), ['Technical leadership', 'Scope and impact', 'Execution', 'Mentoring', 'Communication']);
    assert.strictEqual(api.service.framework, 'Software engineer');
    assert.strictEqual(api.service.evidence().length, 5);
    // The product manager entries now name unknown elements: shown as problems, not dropped.
    const problems = api.tree.getChildren().find((node) => node.kind === 'problems');
    assert.ok(problems && problems.kind === 'problems' && [...problems.entries].some((entry) => entry.problems.some((problem) => problem.message === 'Unknown element "iterate-adapt".')));
    const uri = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Led the storage redesign', elements: ['Technical leadership'], date: '2026-11-06' });
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), /elements: \[technical-leadership\]/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a list of elements in the setting works too', async () => {
    await config().update('framework', [{ id: 'craft', label: 'Craft', description: 'Quality of the work.', prompts: ['What got better?'] }], vscode.ConfigurationTarget.Workspace);
    const labels = await waitFor(() => rootLabels(api), (found) => found[0] === 'Craft');
    assert.strictEqual(labels[0], 'Craft');
    assert.strictEqual(api.service.elements.length, 1);
  });

  test('a bad framework falls back to the six default elements', async () => {
    await config().update('framework', [{ id: 'Bad Id', label: 'Bad' }], vscode.ConfigurationTarget.Workspace);
    await api.service.ready();
    assert.strictEqual(api.service.elements.length, 6);
    assert.strictEqual(rootLabels(api)[0], 'Business context');
    await config().update('framework', 'no-such-file.json', vscode.ConfigurationTarget.Workspace);
    await api.service.ready();
    assert.strictEqual(api.service.elements.length, 6);
  });
});
