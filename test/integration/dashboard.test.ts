import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, journalUri, nextElementPick, nextStep, waitFor, type ExtensionUnderTest } from './helpers';

/** The user's text as the page must show it: escaped. */
function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

async function journalFileCount(): Promise<number> {
  const count = async (uri: vscode.Uri): Promise<number> => {
    let total = 0;
    for (const [name, type] of await vscode.workspace.fs.readDirectory(uri)) {
      total += type === vscode.FileType.Directory ? await count(vscode.Uri.joinPath(uri, name)) : 1;
    }
    return total;
  };
  return count(journalUri());
}

suite('Evidence Dashboard', () => {
  let api: ExtensionUnderTest;

  const panel = () => {
    const open = api.dashboard.webviewPanel;
    assert.ok(open, 'the dashboard is open');
    return open;
  };
  const html = () => panel().webview.html;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  setup(async () => {
    await vscode.commands.executeCommand('promotionJournal.showDashboard');
  });

  suiteTeardown(async () => {
    api.dashboard.webviewPanel?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Show Evidence Dashboard opens one visible panel; running it again reveals the same one', async () => {
    const first = panel();
    assert.strictEqual(first.title, 'Evidence Dashboard');
    assert.strictEqual(first.viewType, 'promotionJournal.dashboard');
    assert.ok(await waitFor(() => first.visible, Boolean), 'the panel is visible');
    await vscode.commands.executeCommand('promotionJournal.showDashboard');
    assert.strictEqual(api.dashboard.webviewPanel, first, 'no second panel');
  });

  test('the page has a strict policy, every element, the gaps with their prompts, and the strongest entries', () => {
    const page = html();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    assert.match(policy, /^default-src 'none'; /);
    const nonce = /script-src 'nonce-([^']+)'/.exec(policy)?.[1];
    assert.ok(nonce, policy);
    const script = new RegExp(`<script nonce="${nonce}" src="([^"]+/media/dashboard\\.js)"></script>`).exec(page);
    assert.ok(script, 'one script, with the nonce, loaded from the extension');
    const extension = vscode.extensions.getExtension('promotion-journal.promotion-journal')!;
    assert.ok(fs.existsSync(path.join(extension.extensionPath, 'media', 'dashboard.js')), 'the built script is in the extension');
    // The page escapes even VS Code's own values; the browser reads `&#39;self&#39;` as 'self'.
    assert.ok(policy.includes(`style-src ${escaped(panel().webview.cspSource)};`), policy);
    assert.match(page, /<link rel="stylesheet" href="[^"]+\/media\/dashboard\.css">/);

    const report = api.service.report();
    for (const element of api.service.elements) {
      assert.ok(page.includes(`data-element="${element.id}"`), element.id);
      assert.ok(page.includes(escaped(element.label)), element.label);
    }
    assert.ok(report.gaps.length > 0, 'the fixture journal has gaps');
    for (const gap of report.gaps) {
      assert.ok(page.includes(`data-action="logWin" data-element="${gap.element.id}"`), gap.element.id);
      for (const prompt of gap.element.prompts) {
        assert.ok(page.includes(escaped(prompt)), prompt);
      }
    }
    assert.ok(report.strongest.length > 0);
    for (const entry of report.strongest) {
      assert.ok(page.includes(`data-path="${escaped(entry.path)}"`), entry.path);
      assert.ok(page.includes(escaped(entry.title)), entry.title);
    }
  });

  test('each element\'s status shows with its mark, not by colour alone, and thin or stale bars are hatched', () => {
    const page = html();
    for (const element of api.service.report().elements) {
      const start = page.indexOf(`<g class="row" data-element="${element.element.id}">`);
      assert.ok(start >= 0, element.element.id);
      const row = page.slice(start, page.indexOf('</g>', start));
      assert.ok(row.includes(`<svg class="status-mark status-${element.status}"`), `${element.element.id} shows the ${element.status} mark`);
      assert.strictEqual(row.includes('<rect class="hatch"'), element.status === 'thin' || element.status === 'stale', `${element.element.id}: hatched only when thin or stale`);
    }
    for (const gap of api.service.report().gaps) {
      const card = page.slice(page.indexOf(`<h3 id="gap-${gap.element.id}">`));
      assert.match(card, new RegExp(`^[^]*?<span class="badge"><svg class="status-mark status-${gap.status}"`), `the ${gap.element.id} card shows its mark`);
    }
  });

  test('an entry message opens that entry beside the dashboard', async () => {
    const strongest = api.service.report().strongest[0];
    const opened = await api.dashboard.handleMessage({ type: 'openEntry', path: strongest.path, journalIndex: 0 });
    assert.strictEqual(opened, true);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith(`/journal/${strongest.path}`), editor?.document.uri.path);
    assert.notStrictEqual(editor.viewColumn, panel().viewColumn, 'the dashboard stays in view');
    assert.ok(panel().visible);
  });

  test('messages for unknown entries or elements, or of unknown kinds, are refused', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('promotionJournal.showDashboard');
    for (const message of [
      { type: 'openEntry', path: '../../../etc/passwd', journalIndex: 0 },
      { type: 'openEntry', path: '2026/2026-07-14-repriced-q3-launch.md', journalIndex: 7 },
      { type: 'logWin', elementId: 'vision-setting' },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      'openEntry',
    ]) {
      assert.strictEqual(await api.dashboard.handleMessage(message), false, JSON.stringify(message));
    }
    assert.strictEqual(vscode.window.activeTextEditor, undefined, 'nothing was opened');
  });

  test('a gap\'s button starts Log Strategic Win for that element; Escape writes nothing', async () => {
    const gap = api.service.report().gaps[0];
    const before = await journalFileCount();
    const opened = nextElementPick(api);
    const logging = api.dashboard.handleMessage({ type: 'logWin', elementId: gap.element.id });
    const pick = await opened;
    assert.deepStrictEqual(pick.items.filter((item) => item.picked).map((item) => item.element.id), [gap.element.id], 'the gap\'s element is picked');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await logging, true);
    assert.strictEqual(await journalFileCount(), before, 'no entry was written');
  });

  test('a win logged from a gap opens beside the dashboard, which stays in its column and in view', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('promotionJournal.showDashboard');
    const dashboard = panel();
    const column = await waitFor(() => (dashboard.active ? dashboard.viewColumn : undefined), (shown) => shown !== undefined);
    assert.ok(column !== undefined, 'the dashboard is the active editor');
    const gap = api.service.report().gaps[0];
    // Stands in for the user at each step: keeps the pick as it opens, today, a title, no impact.
    const accept = () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const elements = nextElementPick(api);
    const handled = api.dashboard.handleMessage({ type: 'logWin', elementId: gap.element.id });
    const picked = await elements;
    assert.deepStrictEqual(picked.items.filter((item) => item.picked).map((item) => item.element.id), [gap.element.id], 'the gap\'s element is picked');
    let step = nextStep(api);
    await accept();
    await step; // the day: today
    step = nextStep(api);
    await accept();
    const title = (await step).input as vscode.InputBox;
    title.value = 'Logged from the dashboard';
    step = nextStep(api);
    await accept();
    await step; // the impact: none
    await accept();
    assert.strictEqual(await handled, true);
    // New entries go where the journal keeps its entries: here, a folder per year.
    const yearFolder = journalUri(api.service.today.slice(0, 4));
    const written = (await vscode.workspace.fs.readDirectory(yearFolder)).map(([name]) => vscode.Uri.joinPath(yearFolder, name)).find((uri) => uri.path.endsWith('-logged-from-the-dashboard.md'));
    assert.ok(written, 'the entry was written');
    try {
      const editor = vscode.window.activeTextEditor;
      assert.strictEqual(editor?.document.uri.toString(), written.toString(), 'the new entry is the active editor');
      assert.notStrictEqual(editor.viewColumn, column, 'it opened in another column');
      assert.strictEqual(api.dashboard.webviewPanel, dashboard, 'the same dashboard');
      const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('promotionJournal.dashboard'));
      assert.strictEqual(tabs.length, 1, 'one dashboard tab');
      assert.strictEqual(tabs[0].group.viewColumn, column, 'the dashboard kept its column');
      assert.strictEqual(tabs[0].group.activeTab, tabs[0], 'and is still the tab in view there');
      assert.ok(await waitFor(() => dashboard.visible, Boolean), 'its panel is visible');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(written);
    }
  });

  test('it follows the journal: a file written by another program shows up, and goes away', async () => {
    const title = 'Dashboard <live> win & "quoted"';
    const file = path.join(journalUri().fsPath, 'dashboard-live.md');
    const today = api.service.today;
    fs.writeFileSync(
      file,
      `---\ntitle: '${title}'\ndate: ${today}\nelements: [future-trends]\nmetrics: [Churn 4% -> 3%, NPS 30 -> 41, Saved $80k, Cycle time 9d -> 4d]\n---\n`,
    );
    try {
      const shown = await waitFor(html, (page) => page.includes(escaped(title)), 5000);
      assert.ok(shown.includes(escaped(title)), 'the new win is among the strongest entries');
      assert.ok(shown.includes('data-path="dashboard-live.md"'));
    } finally {
      fs.rmSync(file, { force: true });
    }
    const gone = await waitFor(html, (page) => !page.includes(escaped(title)), 5000);
    assert.ok(!gone.includes(escaped(title)));
  });

  test('it follows the settings: a new minimum is drawn at once', async () => {
    const config = vscode.workspace.getConfiguration('promotionJournal');
    await config.update('minimumEntries', 7, vscode.ConfigurationTarget.Workspace);
    try {
      const page = await waitFor(html, (text) => text.includes('>minimum 7</text>'), 5000);
      assert.ok(page.includes('>minimum 7</text>'));
      assert.ok(page.includes('fewer than 7 wins'));
    } finally {
      await config.update('minimumEntries', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const restored = await waitFor(html, (text) => text.includes('>minimum 3</text>'), 5000);
    assert.ok(restored.includes('>minimum 3</text>'));
  });

  test('a hidden dashboard catches up when it shows again', async () => {
    const dashboard = panel();
    // A named untitled document: an `Untitled-N` name would be given again to a later test's new document.
    const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: 'covering-the-dashboard.md' }));
    await vscode.window.showTextDocument(document, { viewColumn: dashboard.viewColumn, preview: false });
    await waitFor(() => dashboard.visible, (visible) => !visible);
    const title = 'Logged while the dashboard was hidden';
    const file = path.join(journalUri().fsPath, 'dashboard-hidden.md');
    fs.writeFileSync(file, `---\ntitle: ${title}\ndate: ${api.service.today}\nelements: [smart-goals]\nmetrics: [a 1 -> 2, b 3 -> 4, c 5 -> 6, d 7 -> 8, e 9 -> 10]\n---\n`);
    try {
      await waitFor(() => api.service.report().strongest.some((entry) => entry.title === title), Boolean, 5000);
      await vscode.commands.executeCommand('promotionJournal.showDashboard');
      const page = await waitFor(html, (text) => text.includes(title), 5000);
      assert.ok(page.includes(title));
      assert.strictEqual(api.dashboard.webviewPanel, dashboard, 'the same panel, revealed');
    } finally {
      fs.rmSync(file, { force: true });
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('closing the panel lets the command open a fresh one', async () => {
    const old = panel();
    old.dispose();
    assert.strictEqual(api.dashboard.webviewPanel, undefined);
    await vscode.commands.executeCommand('promotionJournal.showDashboard');
    assert.ok(api.dashboard.webviewPanel && api.dashboard.webviewPanel !== old);
  });
});
