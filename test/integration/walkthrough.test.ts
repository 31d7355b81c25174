import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, waitFor, workspaceUri, write, type ExtensionUnderTest } from './helpers';

interface WalkthroughStep {
  id: string;
  description: string;
  media: { image: string; altText: string };
  completionEvents: string[];
}

const HAS_WIN = 'promotionJournal.hasWin';
const HAS_PACKET = 'promotionJournal.hasPacket';

suite('Getting Started walkthrough', () => {
  const extension = () => vscode.extensions.getExtension(EXTENSION_ID)!;
  const steps = (): WalkthroughStep[] => (extension().packageJSON as { contributes: { walkthroughs: { steps: WalkthroughStep[] }[] } }).contributes.walkthroughs[0].steps;

  let api: ExtensionUnderTest;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('each step has an image from media/ and a button whose command exists', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.deepStrictEqual(steps().map((step) => step.id), ['elements', 'journalFolder', 'logWin', 'flags', 'packet']);
    for (const step of steps()) {
      assert.match(step.media.image, /^media\//);
      assert.ok(fs.statSync(path.join(extension().extensionPath, step.media.image)).size > 1000, `${step.media.image} exists`);
      assert.ok(step.media.altText.length > 20, `${step.id} describes its image`);
      const buttons = [...step.description.matchAll(/\]\(command:([\w.]+)\)/g)].map((match) => match[1]);
      assert.strictEqual(buttons.length, 1, `${step.id} has one button`);
      assert.ok(commands.includes(buttons[0]), `${buttons[0]} is a registered command`);
    }
  });

  test('the welcome view offers a journal in this workspace or a personal one; in an empty window, the personal one', async () => {
    const commands = await vscode.commands.getCommands(true);
    const welcome = (extension().packageJSON as { contributes: { viewsWelcome: { contents: string; when: string }[] } }).contributes.viewsWelcome;
    const buttonsWhen = (condition: string) => welcome.filter((view) => view.when.includes(condition)).flatMap((view) => [...view.contents.matchAll(/\]\(command:([\w.]+)/g)].map((match) => match[1]));
    for (const folder of ['journalFolder == journal', 'journalFolder != journal']) {
      assert.deepStrictEqual(buttonsWhen(`workbenchState != empty && config.promotionJournal.${folder}`), ['promotionJournal.logWin', 'workbench.action.openSettings', 'promotionJournal.pickJournalFolder', 'promotionJournal.choosePersonalJournalFolder']);
    }
    assert.deepStrictEqual(buttonsWhen('workbenchState == empty && !promotionJournal.hasJournalLocation'), ['promotionJournal.choosePersonalJournalFolder', 'vscode.openFolder']);
    assert.deepStrictEqual(buttonsWhen('workbenchState == empty && promotionJournal.hasJournalLocation'), ['promotionJournal.logWin', 'workbench.action.openSettings']);
    for (const command of buttonsWhen('promotionJournal')) {
      assert.ok(commands.includes(command), `${command} is a registered command`);
    }
  });

  test('the walkthrough opens in the workbench', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
    const labels = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
    const shown = await waitFor(labels, (tabs) => tabs.some((tab) => /Promotion Journal|Walkthrough|Welcome/i.test(tab)));
    assert.ok(shown.some((tab) => /Promotion Journal|Walkthrough|Welcome/i.test(tab)), shown.join(', '));
    assert.ok(await waitFor(() => api.walkthroughState.isPublished, Boolean), 'its context keys are set once its page is open');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('steps done before the walkthrough opened are ticked from state: a win, a journal, a saved packet', () => {
    const events = new Map(steps().map((step) => [step.id, step.completionEvents]));
    assert.ok(events.get('logWin')?.includes(`onContext:${HAS_WIN}`), 'Log your first win ticks when the journal has a win');
    assert.ok(events.get('elements')?.includes(`onContext:${HAS_WIN}`), 'and so does Meet the elements: the win is tagged with them');
    assert.ok(events.get('journalFolder')?.includes('onContext:promotionJournal.hasJournalFolder'), 'Choose where your journal lives ticks when there is a journal folder');
    assert.ok(events.get('packet')?.includes(`onContext:${HAS_PACKET}`), 'Export a promotion packet ticks when a packet was saved');
  });

  /** VS Code reads the walkthrough when its page first opens: the keys are set from then on. */
  async function walkthroughShown(): Promise<void> {
    if (!api.walkthroughState.isPublished) {
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
      await waitFor(() => api.walkthroughState.isPublished, Boolean);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    assert.ok(api.walkthroughState.isPublished);
  }

  test('the win and folder keys follow the journal: set for a journal with wins, cleared for a folder that does not exist', async () => {
    await walkthroughShown();
    assert.strictEqual(await waitFor(() => api.walkthroughState.value(HAS_WIN), (value) => value === true), true, 'the fixture journal has wins');
    assert.strictEqual(api.walkthroughState.value('promotionJournal.hasJournalFolder'), true, 'and a folder');
    const config = vscode.workspace.getConfiguration('promotionJournal');
    await config.update('journalFolder', 'no-wins-yet', vscode.ConfigurationTarget.Workspace);
    try {
      assert.strictEqual(await waitFor(() => api.walkthroughState.value(HAS_WIN), (value) => value === false, 5000), false, 'a journal folder that does not exist has no win');
      assert.strictEqual(api.walkthroughState.value('promotionJournal.hasJournalFolder'), false, 'nor a folder');
    } finally {
      await config.update('journalFolder', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.strictEqual(await waitFor(() => api.walkthroughState.value(HAS_WIN), (value) => value === true, 5000), true);
  });

  test('the packet key follows the packet folder: a packet saved by another program sets it, deleting it clears it', async () => {
    await walkthroughShown();
    const packets = async () => (await vscode.workspace.fs.readDirectory(workspaceUri())).filter(([name]) => /^\d{4}-\d{2}-\d{2}-promotion-packet-.*\.md$/.test(name));
    const others = (await packets()).length;
    assert.strictEqual(await waitFor(() => api.walkthroughState.value(HAS_PACKET), (value) => value === others > 0), others > 0, `${others} packets at the start`);
    const packet = vscode.Uri.joinPath(workspaceUri(), `${api.service.today}-promotion-packet-saved-elsewhere.md`);
    await write(packet, '# Promotion packet\n');
    try {
      assert.strictEqual(await waitFor(() => api.walkthroughState.value(HAS_PACKET), (value) => value === true, 5000), true);
    } finally {
      await vscode.workspace.fs.delete(packet);
    }
    assert.strictEqual(await waitFor(() => api.walkthroughState.value(HAS_PACKET), (value) => value === others > 0, 5000), others > 0);
  });
});
