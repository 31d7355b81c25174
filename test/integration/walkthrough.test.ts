import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './helpers';

interface WalkthroughStep {
  id: string;
  description: string;
  media: { image: string; altText: string };
}

suite('Getting Started walkthrough', () => {
  const extension = () => vscode.extensions.getExtension(EXTENSION_ID)!;
  const steps = (): WalkthroughStep[] => (extension().packageJSON as { contributes: { walkthroughs: { steps: WalkthroughStep[] }[] } }).contributes.walkthroughs[0].steps;

  suiteSetup(async () => {
    await activateExtension();
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
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.ok(vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => /Promotion Journal|Walkthrough|Welcome/i.test(tab.label))), vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label)).join(', '));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
