import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ExportedPacket, PacketPickShown } from '../../src/commands/exportPacketCommand';
import { activateExtension, elementNode, errorMessagesDuring, label, read, waitFor, workspaceUri, type ExtensionUnderTest } from './helpers';

/** The markdown preview's tab of a file, if one is open. */
function previewTab(uri: vscode.Uri): vscode.Tab | undefined {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview') && tab.label.includes(name));
}

suite('Report, packet and API', () => {
  let api: ExtensionUnderTest;
  let namesBefore: Set<string>;

  suiteSetup(async () => {
    api = await activateExtension();
    namesBefore = new Set((await vscode.workspace.fs.readDirectory(workspaceUri())).map(([name]) => name));
  });

  /** The packets written here go, so that later suites start from the fixture's folder. */
  suiteTeardown(async () => {
    for (const [name] of await vscode.workspace.fs.readDirectory(workspaceUri())) {
      if (!namesBefore.has(name) && name.includes('-promotion-packet-')) {
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceUri(), name));
      }
    }
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
    const name = `${api.service.today}-promotion-packet-2026-01-01-to-2026-12-31`;
    const first = await vscode.commands.executeCommand<ExportedPacket>('promotionJournal.exportPacket', { period: '2026-01-01..2026-12-31', destination: 'file' });
    assert.strictEqual(first.uri.toString(), vscode.Uri.joinPath(workspaceUri(), `${name}.md`).toString(), 'named for the day it was written, then the period');
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
    assert.ok(markdown.includes('  - Story: The churn dashboard showed SMB customers leaving within 60 days of the planned price change.'), 'each win tells its story, read from its file');
    assert.match(markdown, /^## At a glance\n\n\*\*Wins per element:\*\* /m);
    assert.strictEqual(first.html?.toString(), vscode.Uri.joinPath(workspaceUri(), `${name}.html`).toString(), 'the web page is written beside it');
    const page = await read(first.html!);
    assert.ok(page.startsWith('<!DOCTYPE html>') && page.includes(`content="default-src 'none'; style-src 'unsafe-inline'`), page.slice(0, 300));
    assert.ok(page.includes('<a href="journal/2026/2026-07-14-repriced-q3-launch.md">Re-scoped Q3 pricing launch after churn data</a>'));
    assert.ok(!page.includes('confidential reorg'));

    const second = await vscode.commands.executeCommand<ExportedPacket>('promotionJournal.exportPacket', { period: '2026-01-01..2026-12-31', destination: 'file' });
    assert.ok(second.uri.path.endsWith(`/${name}-2.md`), second.uri.path);
    assert.ok(second.html?.path.endsWith(`/${name}-2.html`), second.html?.path);
    assert.strictEqual(await read(first.uri), markdown, 'the first packet is untouched');
    assert.strictEqual(await read(first.html!), page, 'and so is its page');
  });

  test('a saved packet opens in the markdown preview, and the message says where it was saved, with its source one click away', async () => {
    let packet: ExportedPacket | undefined;
    const shown: { message: string; buttons: string[] }[] = [];
    const window = vscode.window as { showInformationMessage: unknown };
    const original = window.showInformationMessage;
    window.showInformationMessage = (message: string, ...buttons: string[]) => {
      shown.push({ message, buttons });
      return Promise.resolve(undefined);
    };
    try {
      packet = await vscode.commands.executeCommand<ExportedPacket>('promotionJournal.exportPacket', { period: '2026-07-01..2026-12-31', destination: 'file' });
    } finally {
      window.showInformationMessage = original;
    }
    const name = packet.uri.path.slice(packet.uri.path.lastIndexOf('/') + 1);
    assert.ok(await waitFor(() => previewTab(packet!.uri), Boolean), 'the preview of the packet is open');
    const saved = shown.find((shown) => shown.message.startsWith('Packet saved as '));
    assert.ok(saved, JSON.stringify(shown));
    assert.ok(saved.message.includes(name), saved.message);
    assert.ok(saved.message.includes(name.replace(/\.md$/, '.html')), 'and its web page');
    assert.strictEqual(saved.buttons[0], 'Open Source');
  });

  test('the period pick starts on the review period of the settings', async () => {
    const config = vscode.workspace.getConfiguration('promotionJournal');
    const pickOnce = async (): Promise<PacketPickShown> => {
      const shown = new Promise<PacketPickShown>((resolve) => {
        const subscription = api.exportPacket.onDidShowPick((pick) => {
          subscription.dispose();
          resolve(pick);
        });
      });
      const pending = vscode.commands.executeCommand('promotionJournal.exportPacket');
      const pick = await shown;
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.strictEqual(await pending, undefined);
      return pick;
    };
    const byDefault = await pickOnce();
    assert.strictEqual(byDefault.step, 'period');
    assert.strictEqual(byDefault.active, 'This half', 'the default review period is the half');
    await config.update('reviewPeriod', 'year', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => api.service.settings.reviewPeriod, (period) => period === 'year');
      assert.strictEqual((await pickOnce()).active, 'This year');
      await config.update('reviewPeriodDays', 90, vscode.ConfigurationTarget.Workspace);
      await config.update('reviewPeriod', 'days', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.service.settings.reviewPeriod, (period) => period === 90);
      const days = await pickOnce();
      assert.strictEqual(days.active, 'The last 90 days', 'a review period of days is offered too');
      assert.deepStrictEqual(days.labels, ['This quarter', 'This half', 'This year', 'The last 12 months', 'The last 90 days', 'Custom range']);
    } finally {
      await config.update('reviewPeriod', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('reviewPeriodDays', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('accepting the period pick as it opens exports the review period', async () => {
    const shownPicks: PacketPickShown[] = [];
    const subscription = api.exportPacket.onDidShowPick((pick) => {
      shownPicks.push(pick);
      void vscode.commands.executeCommand(pick.step === 'period' ? 'workbench.action.acceptSelectedQuickOpenItem' : 'workbench.action.closeQuickOpen');
    });
    try {
      assert.strictEqual(await vscode.commands.executeCommand('promotionJournal.exportPacket'), undefined, 'Escape at the destination exports nothing');
    } finally {
      subscription.dispose();
    }
    assert.deepStrictEqual(shownPicks.map((pick) => pick.step), ['period', 'destination'], 'the accepted period led to the destination');
    assert.strictEqual(shownPicks[1].active, 'Save next to the journal');
  });

  test('a range without an end date says so, and a bad day is quoted as the user wrote it', async () => {
    const missingEnd = await errorMessagesDuring(async () => vscode.commands.executeCommand('promotionJournal.exportPacket', { period: '2026-01-01..', destination: 'file' }));
    assert.deepStrictEqual(missingEnd, ['Cannot export the packet: The range has no end date: write START..END, as 2026-01-01..2026-06-30.']);
    const badDay = await errorMessagesDuring(async () => vscode.commands.executeCommand('promotionJournal.exportPacket', { period: '2026-01-01..Next-Friday', destination: 'file' }));
    assert.deepStrictEqual(badDay, ['Cannot export the packet: "Next-Friday" is not a date: write it as YYYY-MM-DD.']);
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
    const shown = new Promise<void>((resolve) => {
      const subscription = api.exportPacket.onDidShowPick(() => {
        subscription.dispose();
        resolve();
      });
    });
    const before = (await vscode.workspace.fs.readDirectory(workspaceUri())).length;
    const pending = vscode.commands.executeCommand('promotionJournal.exportPacket');
    await shown;
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
    assert.strictEqual((await vscode.workspace.fs.readDirectory(workspaceUri())).length, before, 'nothing was written');
  });

  test('a bad period in the argument form is refused', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('promotionJournal.exportPacket', { period: '2026-12-31..2026-01-01', destination: 'file' }), undefined);
  });
});
