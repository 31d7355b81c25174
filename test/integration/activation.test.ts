import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, rootLabels } from './helpers';

suite('Activation', () => {
  test('the extension activates in the workspace with a journal', async () => {
    const api = await activateExtension();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.ok(api.service.hasJournal);
  });

  test('its commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['promotionJournal.logWin', 'promotionJournal.refresh', 'promotionJournal.groupByPeriod', 'promotionJournal.groupByElement']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  test('its view is registered and can be focused', async () => {
    await vscode.commands.executeCommand('promotionJournal.wins.focus');
    const api = await activateExtension();
    assert.deepStrictEqual(rootLabels(api).slice(0, 6), api.service.elements.map((element) => element.shortLabel ?? element.label));
  });

  test('the manifest carries the marketplace metadata', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Record<string, unknown>;
    for (const key of ['icon', 'categories', 'keywords', 'repository', 'license', 'displayName', 'description']) {
      assert.ok(manifest[key], `package.json has ${key}`);
    }
    assert.strictEqual(manifest.browser, './dist/web/extension.js', 'a web entry for vscode.dev');
    assert.ok(fs.existsSync(path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'CHANGELOG.md')));
  });

  test('every contributed command has the Promotion Journal category', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { category: string; title: string }[] } };
    for (const command of manifest.contributes.commands) {
      assert.strictEqual(command.category, 'Promotion Journal');
      assert.ok(!command.title.includes(':'), `"${command.title}" has no hand-written prefix`);
    }
  });
});
