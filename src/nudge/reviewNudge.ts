import * as vscode from 'vscode';
import type { CalendarDay } from '../core/dates/calendarDay';
import { isNudgeDue, mergeNudgeMemories, readNudgeMemory, shownOn, snoozedFrom, type NudgeMemory } from '../core/review/nudgeCadence';
import { nudgeFor, type Nudge } from '../core/review/reviewUrgency';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';
import { CADENCE_SETTING, readNudgeSettings, turnNudgeOff } from '../config/nudgeSettings';

/** The notification's buttons, in the order shown. */
export const NUDGE_ACTIONS = {
  logWin: 'Log a win for it',
  snooze: 'Remind me next week',
  stop: "Don't remind me",
} as const;

export const OPEN_SETTINGS = 'Open Settings';

/** Shows a non-modal notification and resolves to the button picked, or undefined when it is closed. */
export type NudgePrompt = (message: string, actions: readonly string[]) => Thenable<string | undefined>;

/** Runs `callback` once after `delayMs`; disposing it cancels. */
export type NudgeTimer = (callback: () => void, delayMs: number) => vscode.Disposable;

export interface ReviewNudgeOptions {
  /** VS Code's notifications unless told: tests pick the button. */
  readonly prompt?: NudgePrompt;
  /** The real timers unless told: tests fire the checks. */
  readonly timer?: NudgeTimer;
}

/** The first check waits this long after the journal is loaded: startup is busy enough. */
export const STARTUP_DELAY_MS = 30_000;
/** Then a check every hour: the cadence counts days, and a day may roll over at any time. */
export const CHECK_INTERVAL_MS = 60 * 60 * 1000;

const MEMORY_KEY = 'promotionJournal.nudge';

/**
 * The nudge: when an element needs evidence and the review is near or the
 * journal has gone quiet, one notification names the most urgent element
 * (the core decides which, and whether it is due). Shown at most once per
 * cadence for a journal, across every window that opens it: what was shown
 * and snoozed is kept in `memory` (the global state), per journal folder.
 */
export class ReviewNudge extends Disposable {
  private readonly prompt: NudgePrompt;
  private readonly timer: NudgeTimer;
  private pending: vscode.Disposable | undefined;
  private showing = false;
  private answered: Promise<void> = Promise.resolve();

  constructor(
    private readonly service: JournalService,
    private readonly memory: vscode.Memento,
    options: ReviewNudgeOptions = {},
  ) {
    super();
    this.prompt = options.prompt ?? ((message, actions) => vscode.window.showInformationMessage(message, ...actions));
    this.timer = options.timer ?? realTimer;
    this._register({ dispose: () => this.pending?.dispose() });
    void service.ready().then(() => this.schedule(STARTUP_DELAY_MS));
  }

  /** Resolves once the answer to the last nudge shown has been acted on. */
  settled(): Promise<void> {
    return this.answered;
  }

  /**
   * Shows the nudge if it is due now, and resolves to the nudge shown, if
   * any. Never while the journal loads (its flags are not final), without a
   * journal, or while a nudge is still on screen.
   */
  async check(): Promise<Nudge | undefined> {
    const service = this.service;
    if (this.showing || this.disposed || service.isLoading || !service.hasJournal) {
      return undefined;
    }
    const keys = this.memoryKeys();
    const settings = readNudgeSettings(this.scope());
    const today = service.today;
    if (!isNudgeDue(mergeNudgeMemories(keys.map((key) => this.recall(key))), settings.cadence, today)) {
      return undefined;
    }
    const nudge = nudgeFor(service.report(), service.review, settings.rules);
    if (!nudge) {
      return undefined;
    }
    this.showing = true;
    this.answered = this.show(nudge, keys, today)
      .catch((error: unknown) => void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error)))
      .finally(() => {
        this.showing = false;
      });
    return nudge;
  }

  private async show(nudge: Nudge, keys: readonly string[], today: CalendarDay): Promise<void> {
    // Remembered before it shows, so that another window checking now finds it shown.
    await this.remember(keys, (memory) => shownOn(memory, today));
    const picked = await this.prompt(nudge.message, Object.values(NUDGE_ACTIONS));
    await this.act(picked, nudge, keys, today);
  }

  private async act(picked: string | undefined, nudge: Nudge, keys: readonly string[], today: CalendarDay): Promise<void> {
    switch (picked) {
      case NUDGE_ACTIONS.logWin:
        await vscode.commands.executeCommand('promotionJournal.logWin', { elementId: nudge.evidence.element.id });
        return;
      case NUDGE_ACTIONS.snooze:
        await this.remember(keys, (memory) => snoozedFrom(memory, today));
        return;
      case NUDGE_ACTIONS.stop: {
        await turnNudgeOff(this.scope());
        const next = await this.prompt('Reminders are off. To turn them back on, change Promotion Journal › Nudge: Cadence in Settings.', [OPEN_SETTINGS]);
        if (next === OPEN_SETTINGS) {
          await vscode.commands.executeCommand('workbench.action.openSettings', CADENCE_SETTING);
        }
        return;
      }
    }
  }

  private schedule(delayMs: number): void {
    this.pending?.dispose();
    if (this.disposed) {
      return;
    }
    this.pending = this.timer(() => {
      void this.check()
        .catch(() => undefined)
        .finally(() => this.schedule(CHECK_INTERVAL_MS));
    }, delayMs);
  }

  /** One key per journal folder of the window that exists: the same journal shares it in every window. */
  private memoryKeys(): string[] {
    return this.service
      .allJournals()
      .filter((journal) => journal.folderExists)
      .map((journal) => `${MEMORY_KEY}:${journal.uri.toString()}`);
  }

  private recall(key: string): NudgeMemory {
    return readNudgeMemory(this.memory.get(key));
  }

  private async remember(keys: readonly string[], change: (memory: NudgeMemory) => NudgeMemory): Promise<void> {
    await Promise.all(keys.map((key) => this.memory.update(key, change(this.recall(key)))));
  }

  private scope(): vscode.WorkspaceFolder | undefined {
    return this.service.allJournals()[0]?.workspaceFolder;
  }
}

function realTimer(callback: () => void, delayMs: number): vscode.Disposable {
  const handle = setTimeout(callback, delayMs);
  return { dispose: () => clearTimeout(handle) };
}
