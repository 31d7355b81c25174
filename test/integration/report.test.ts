import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ExportedPacket } from '../../src/commands/exportPacketCommand';
import { activateExtension, elementNode, label, read, workspaceUri, type ExtensionUnderTest } from './helpers';

suite('Report, packet and API', () => {
  let api: ExtensionUnderTest;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('report() returns the documented JSON for the current settings', () => {
    const report = api.report();
    assert.deepStrictEqual(Object.keys(report), ['period', 'entries', 'wins', 'elements', 'problems', 'review']);
    assert.deepStrictEqual(report.period, { start: api.service.period.start, end: api.service.period.end, label: api.service.period.label });
    assert.deepStrictEqual(report.elements.map((element) => element.id), api.service.elements.map((element) => element.id));
    for (const element of report.elements) {
      assert.deepStrictEqual(Object.keys(element), ['id', 'label', 'count', 'strong', 'latest', 'status', 'allTime']);
      assert.ok(['ok', 'thin', 'stale', 'missing'].includes(element.status));
      assert.ok(element.latest === null || /^\d{4}-\d{2}-\d{2}$/.test(element.latest));
    }
    assert.ok(report.problems.some((problem) => problem.file === 'broken-yaml.md' && problem.message.startsWith('Invalid YAML')), JSON.stringify(report.problems));
    assert.strictEqual(JSON.stringify(JSON.parse(JSON.stringify(report))), JSON.stringify(report), 'plain JSON');
  });

  test('weak entries carry a hint in the tree; strong ones do not', () => {
    const items = api.tree.getChildren(elementNode(api, 'iterate-adapt')).map((node) => [label(api, node), String(api.tree.getTreeItem(node).description)] as const);
    const byTitle = new Map(items);
    assert.strictEqual(byTitle.get('Ran a checkout experiment instead of a redesign'), '27 Aug');
    const weak = api.tree.getChildren(elementNode(api, 'align-stakeholders')).find((node) => label(api, node) === 'Wrote the product section of the board narrative');
    assert.ok(weak);
    assert.strictEqual(api.tree.getTreeItem(weak).description, '10 Nov · add the result you measured');
  });

  test('Export Promotion Packet writes next to the journal, never over a file, without confidential entries', async () => {
    const first = await vscode.commands.executeCommand<ExportedPacket>('promotionJournal.exportPacket', { period: '2026-01-01..2026-12-31', destination: 'file' });
    assert.strictEqual(first.uri.toString(), vscode.Uri.joinPath(workspaceUri(), '2026-12-31-promotion-packet-from-2026-01-01.md').toString());
    assert.strictEqual(first.confidentialLeftOut, 1);
    const markdown = await read(first.uri);
    assert.match(markdown, /^# Promotion packet: 1 Jan – 31 Dec 2026\n/);
    assert.match(markdown, /1 confidential entry is left out\./);
    assert.ok(!markdown.includes('confidential reorg'), 'the confidential entry is not in the packet');
    assert.match(markdown, /## Coverage\n\nWins per element from 1 Jan – 31 Dec 2026: a win tagged with several elements counts once for each\. Confidential entries are not counted\.\n\n\| Strategic element \|/);
    assert.match(markdown, /## Iterate and adapt/);
    assert.ok(markdown.includes('[Re-scoped Q3 pricing launch after churn data](journal/2026/2026-07-14-repriced-q3-launch.md)'), 'entries link to their files');
    assert.ok(markdown.includes('  - Impact: Cut projected churn from 4.1% to 2.9% for the SMB tier'));
    assert.match(markdown, /## Evidence gaps/);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), first.uri.toString());
    assert.ok(markdown.includes('  - Story: The churn dashboard showed SMB customers leaving within 60 days of the planned price change.'), 'each win tells its story, read from its file');
    assert.match(markdown, /^## At a glance\n\n\*\*Wins per element:\*\* /m);
    assert.strictEqual(first.html?.toString(), vscode.Uri.joinPath(workspaceUri(), '2026-12-31-promotion-packet-from-2026-01-01.html').toString(), 'the web page is written beside it');
    const page = await read(first.html!);
    assert.ok(page.startsWith('<!DOCTYPE html>') && page.includes(`content="default-src 'none'; style-src 'unsafe-inline'`), page.slice(0, 300));
    assert.ok(page.includes('<a href="journal/2026/2026-07-14-repriced-q3-launch.md">Re-scoped Q3 pricing launch after churn data</a>'));
    assert.ok(!page.includes('confidential reorg'));

    const second = await vscode.commands.executeCommand<ExportedPacket>('promotionJournal.exportPacket', { period: '2026-01-01..2026-12-31', destination: 'file' });
    assert.match(second.uri.path, /2026-12-31-promotion-packet-from-2026-01-01-2\.md$/);
    assert.match(second.html?.path ?? '', /2026-12-31-promotion-packet-from-2026-01-01-2\.html$/);
    assert.strictEqual(await read(first.uri), markdown, 'the first packet is untouched');
    assert.strictEqual(await read(first.html!), page, 'and so is its page');
  });

  test('the packet can open unsaved', async () => {
    const packet = await vscode.commands.executeCommand<ExportedPacket>('promotionJournal.exportPacket', { period: 'year', destination: 'untitled' });
    assert.strictEqual(packet.uri.scheme, 'untitled');
    assert.strictEqual(packet.html, undefined, 'an unsaved packet writes nothing to disk');
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === packet.uri.toString());
    assert.ok(document?.getText().startsWith('# Promotion packet: '));
    assert.strictEqual(document?.languageId, 'markdown');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Escape in the period pick exports nothing', async () => {
    const pending = vscode.commands.executeCommand('promotionJournal.exportPacket');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
  });

  test('a bad period in the argument form is refused', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('promotionJournal.exportPacket', { period: '2026-12-31..2026-01-01', destination: 'file' }), undefined);
  });
});
