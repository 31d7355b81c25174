import * as assert from 'assert';
import * as vscode from 'vscode';
import { nudgeFor } from '../../src/core/review/reviewUrgency';
import { JournalService } from '../../src/journal/journalService';
import { NUDGE_ACTIONS, OPEN_SETTINGS, ReviewNudge, STARTUP_DELAY_MS, CHECK_INTERVAL_MS, type NudgePrompt, type NudgeTimer } from '../../src/nudge/reviewNudge';
import { readNudgeSettings } from '../../src/config/nudgeSettings';
import { activateExtension, journalUri, MemoryMemento, nextElementPick, nextStep, read, waitFor } from './helpers';

const config = () => vscode.workspace.getConfiguration('promotionJournal');

/** A timer the test fires by hand, so that no test waits an hour. */
class ManualTimer {
  readonly scheduled: { readonly delayMs: number; readonly callback: () => void; cancelled: boolean }[] = [];
  readonly timer: NudgeTimer = (callback, delayMs) => {
    const entry = { delayMs, callback, cancelled: false };
    this.scheduled.push(entry);
    return { dispose: () => (entry.cancelled = true) };
  };

  get next(): { readonly delayMs: number } | undefined {
    return this.scheduled.filter((entry) => !entry.cancelled).at(-1);
  }

  /** Runs the scheduled check and resolves once it is done, which is when it schedules the next. */
  async fire(): Promise<void> {
    const entry = this.scheduled.filter((candidate) => !candidate.cancelled).at(-1);
    assert.ok(entry, 'a check is scheduled');
    entry.cancelled = true;
    const count = this.scheduled.length;
    entry.callback();
    await waitFor(() => this.scheduled.length, (length) => length > count);
  }
}

/** The notification seam: records what was shown and answers with the buttons queued. */
class ScriptedPrompt {
  readonly shown: { readonly message: string; readonly actions: readonly string[] }[] = [];
  private readonly answers: (string | undefined)[] = [];
  readonly prompt: NudgePrompt = (message, actions) => {
    this.shown.push({ message, actions });
    return Promise.resolve(this.answers.shift());
  };

  answer(...answers: (string | undefined)[]): void {
    this.answers.push(...answers);
  }
}

suite('Review date: the nudge', () => {
  let now: Date;
  let service: JournalService;
  let memory: MemoryMemento;
  let timer: ManualTimer;
  let prompt: ScriptedPrompt;
  const nudges: ReviewNudge[] = [];

  /** A nudge as a new window (or a restart) makes it: on the same global state unless told. */
  async function startNudge(state: vscode.Memento = memory): Promise<ReviewNudge> {
    timer = new ManualTimer();
    const nudge = new ReviewNudge(service, state, { timer: timer.timer, prompt: prompt.prompt });
    nudges.push(nudge);
    await service.ready();
    await waitFor(() => timer.next, Boolean);
    return nudge;
  }

  function advanceDays(days: number): void {
    now = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 10, 0, 0);
  }

  suiteSetup(async () => {
    await activateExtension(); // its settings are the ones these nudges read
  });

  setup(async () => {
    // The fixture journal's last win is on 20 Nov 2026; the review is five weeks ahead.
    now = new Date(2026, 11, 1, 10, 0, 0);
    await config().update('reviewDate', '2027-01-05', vscode.ConfigurationTarget.Workspace);
    service = new JournalService(() => now);
    await service.ready();
    memory = new MemoryMemento();
    prompt = new ScriptedPrompt();
  });

  teardown(async () => {
    nudges.splice(0).forEach((nudge) => nudge.dispose());
    service.dispose();
    for (const key of ['reviewDate', 'journalFolder', 'nudge.cadence']) {
      await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    }
    await config().update('nudge.cadence', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('shown once, after the journal has loaded and startup is over, naming the most urgent element', async () => {
    const nudge = await startNudge();
    assert.strictEqual(timer.next?.delayMs, STARTUP_DELAY_MS, 'the first check waits for startup to pass');
    assert.ok(STARTUP_DELAY_MS >= 10_000);
    assert.strictEqual(prompt.shown.length, 0, 'nothing while starting');

    await timer.fire();
    await waitFor(() => prompt.shown.length, (count) => count === 1);
    const expected = nudgeFor(service.report(), service.review, readNudgeSettings().rules);
    assert.ok(expected, 'the fixture journal is due a nudge');
    assert.deepStrictEqual(prompt.shown, [{ message: expected.message, actions: [NUDGE_ACTIONS.logWin, NUDGE_ACTIONS.snooze, NUDGE_ACTIONS.stop] }]);
    assert.match(expected.message, /^(No evidence|No new win|Only \d+ of \d+ wins) for .+, and your review is in 5 weeks\.$/);
    await nudge.settled();

    assert.strictEqual(timer.next?.delayMs, CHECK_INTERVAL_MS, 'then it checks every hour');
    await timer.fire();
    advanceDays(6);
    await timer.fire();
    assert.strictEqual(prompt.shown.length, 1, 'not again within the week');

    const otherWindow = await startNudge();
    await timer.fire();
    assert.strictEqual(prompt.shown.length, 1, 'not in another window or after a restart either');
    advanceDays(1);
    await timer.fire();
    await waitFor(() => prompt.shown.length, (count) => count === 2);
    await otherWindow.settled();
    assert.strictEqual(prompt.shown.length, 2, 'a week later, once more');
  });

  test('Remind me next week: remembered across restarts, even on a daily cadence', async () => {
    await config().update('nudge.cadence', 'daily', vscode.ConfigurationTarget.Workspace);
    prompt.answer(NUDGE_ACTIONS.snooze);
    const nudge = await startNudge();
    await timer.fire();
    await nudge.settled();
    assert.strictEqual(prompt.shown.length, 1);

    nudge.dispose();
    advanceDays(1);
    await startNudge();
    await timer.fire();
    advanceDays(5);
    await timer.fire();
    assert.strictEqual(prompt.shown.length, 1, 'snoozed for the week');
    advanceDays(1);
    await timer.fire();
    await waitFor(() => prompt.shown.length, (count) => count === 2);
  });

  test("Don't remind me turns the cadence off, says where to turn it back on, and holds after a restart", async () => {
    prompt.answer(NUDGE_ACTIONS.stop, undefined);
    const nudge = await startNudge();
    await timer.fire();
    await nudge.settled();
    assert.strictEqual(config().inspect('nudge.cadence')?.globalValue, 'off', 'in the user settings');
    assert.strictEqual(prompt.shown.length, 2);
    assert.match(prompt.shown[1].message, /Nudge: Cadence in Settings/);
    assert.deepStrictEqual(prompt.shown[1].actions, [OPEN_SETTINGS]);

    nudge.dispose();
    advanceDays(30);
    await startNudge(new MemoryMemento());
    await timer.fire();
    assert.strictEqual(prompt.shown.length, 2, 'off, even with nothing remembered');
  });

  test('never in a workspace without a journal', async () => {
    await config().update('journalFolder', 'no-such-journal', vscode.ConfigurationTarget.Workspace);
    await waitFor(() => service.hasJournal, (has) => !has);
    await service.ready();
    await startNudge();
    await timer.fire();
    assert.strictEqual(prompt.shown.length, 0);
    assert.deepStrictEqual(memory.keys(), [], 'nothing remembered either');
  });

  test('never while the journal is still loading: the first check waits for it', async () => {
    const loading = new JournalService(() => now);
    try {
      timer = new ManualTimer();
      const nudge = new ReviewNudge(loading, memory, { timer: timer.timer, prompt: prompt.prompt });
      nudges.push(nudge);
      assert.strictEqual(timer.next, undefined, 'no check is scheduled before the journal is read');
      assert.strictEqual(await nudge.check(), undefined);
      await loading.ready();
      await waitFor(() => timer.next, Boolean);
      assert.strictEqual(prompt.shown.length, 0);
    } finally {
      loading.dispose();
    }
  });

  test('Log a win for it starts Log Strategic Win with that element picked', async () => {
    prompt.answer(NUDGE_ACTIONS.logWin);
    const nudge = await startNudge();
    const expected = nudgeFor(service.report(), service.review, readNudgeSettings().rules)!;
    // Stands in for the user at Log Strategic Win's steps: keeps the pick and the day as they open, then types a title.
    const api = await activateExtension();
    const accept = () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const opened = nextElementPick(api);
    const fired = timer.fire();
    const pick = await opened;
    let step = nextStep(api);
    await accept();
    await step;
    step = nextStep(api);
    await accept();
    const title = (await step).input as vscode.InputBox;
    title.value = 'Nudged into a win';
    step = nextStep(api);
    await accept();
    await step;
    await accept();
    await fired;
    await nudge.settled();
    const folder = journalUri(api.service.today.slice(0, 4)); // the test journal keeps a folder per year
    const written = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => vscode.Uri.joinPath(folder, name)).find((uri) => uri.path.endsWith('-nudged-into-a-win.md'));
    assert.deepStrictEqual(
      pick.items.filter((item) => item.picked).map((item) => item.element.id),
      [expected.evidence.element.id],
      'the element pick opened with the nudge\'s element picked',
    );
    assert.ok(written, 'the entry was written');
    try {
      assert.match(await read(written), new RegExp(`^elements: \\[${expected.evidence.element.id}\\]$`, 'm'));
    } finally {
      await vscode.workspace.fs.delete(written);
    }
  });
});
