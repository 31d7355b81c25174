import * as vscode from 'vscode';
import { dayOf, type CalendarDay } from '../core/calendarDay';
import { ElementMatcher, type StrategicElement } from '../core/elements';
import type { JournalEntry } from '../core/entry';
import type { ElementEvidence } from '../core/evidence';
import { buildReport, type JournalReport } from '../core/report';
import { reviewPeriod, type Period } from '../core/periods';
import { affectsJournal, readSettings, type JournalSettings } from '../config/settings';
import { Disposable } from '../util/disposable';
import { loadFramework } from './frameworkLoader';
import { Journal } from './journal';

/** An entry with the journal it belongs to, so adapters can find its file. */
export interface LocatedEntry {
  readonly entry: JournalEntry;
  readonly journal: Journal;
  readonly uri: vscode.Uri;
}

/**
 * Every journal of the window (one per workspace folder), the settings, and
 * the evidence computed from them. Fires onDidChange when any of these change,
 * including when the date rolls over at midnight.
 */
export class JournalService extends Disposable {
  private journals: Journal[] = [];
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changeEmitter.event;
  private midnightTimer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> = Promise.resolve();
  private currentMatcher = new ElementMatcher();
  private frameworkName = '';
  private cachedReport: JournalReport | undefined;

  constructor(private readonly clock: () => Date = () => new Date()) {
    super();
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('promotionJournal.journalFolder') || event.affectsConfiguration('promotionJournal.framework')) {
          this.reload();
        } else if (affectsJournal(event)) {
          this.fireChange();
        }
      }),
    );
    this._register({ dispose: () => this.disposeJournals() });
    this._register({ dispose: () => clearTimeout(this.midnightTimer) });
    this.scheduleMidnight();
    this.reload();
  }

  /** Matches element ids and labels of the framework in force. */
  get matcher(): ElementMatcher {
    return this.currentMatcher;
  }

  get elements(): readonly StrategicElement[] {
    return this.currentMatcher.elements;
  }

  /** The name of the framework in force: the default, or the user's. */
  get framework(): string {
    return this.frameworkName;
  }

  get settings(): JournalSettings {
    return readSettings(this.journals[0]?.workspaceFolder);
  }

  get today(): CalendarDay {
    return dayOf(this.clock());
  }

  get period(): Period {
    const settings = this.settings;
    return reviewPeriod(settings.reviewPeriod, this.today, settings.fiscalYearStartMonth);
  }

  /** True when at least one journal folder exists. */
  get hasJournal(): boolean {
    return this.journals.some((journal) => journal.folderExists);
  }

  /** Resolves when the journals are loaded and every change seen so far is indexed. */
  async ready(): Promise<void> {
    await this.loading;
    await Promise.all(this.journals.map((journal) => journal.settled()));
  }

  allJournals(): readonly Journal[] {
    return this.journals;
  }

  *entries(): IterableIterator<LocatedEntry> {
    for (const journal of this.journals) {
      for (const entry of journal.entries()) {
        yield { entry, journal, uri: journal.files.uriOf(entry.path) };
      }
    }
  }

  /** The report for the review period in the settings: what the tree, status bar, dashboard and API show. */
  report(): JournalReport {
    this.cachedReport ??= buildReport(
      (function* (service) {
        for (const located of service.entries()) yield located.entry;
      })(this),
      this.elements,
      this.period,
      this.today,
      this.settings.thresholds,
    );
    return this.cachedReport;
  }

  evidence(): readonly ElementEvidence[] {
    return this.report().elements;
  }

  /** The journal folder for a workspace folder, from the setting in that folder's scope. */
  journalUriFor(folder: vscode.WorkspaceFolder): vscode.Uri {
    const configured = readSettings(folder).journalFolder;
    return isAbsolutePath(configured) ? vscode.Uri.file(configured) : vscode.Uri.joinPath(folder.uri, ...configured.split(/[\\/]+/));
  }

  journalFor(folder: vscode.WorkspaceFolder): Journal | undefined {
    return this.journals.find((journal) => journal.workspaceFolder?.uri.toString() === folder.uri.toString());
  }

  /** Reads the framework and every journal again from disk. Reloads run one after the other. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.loadJournals());
    return this.loading;
  }

  private async loadJournals(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const framework = await loadFramework(readSettings(folders[0]).framework, folders[0]);
    if (this.disposed) {
      return;
    }
    const matcher = new ElementMatcher(framework.elements);
    const journals = folders.map((folder) => new Journal(folder, this.journalUriFor(folder), matcher));
    await Promise.all(journals.map((journal) => journal.load()));
    if (this.disposed) {
      journals.forEach((journal) => journal.dispose());
      return;
    }
    // The old journals serve the tree until the new ones are read: no flash of an empty journal.
    this.disposeJournals();
    this.currentMatcher = matcher;
    this.frameworkName = framework.name;
    this.journals = journals;
    for (const journal of journals) {
      journal.index.onDidChange(() => this.fireChange());
    }
    this.fireChange();
  }

  private fireChange(): void {
    this.cachedReport = undefined;
    void vscode.commands.executeCommand('setContext', 'promotionJournal.hasJournal', this.hasJournal);
    this.changeEmitter.fire();
  }

  /** Flags depend on today's date: recompute them when it changes, not only when files do. */
  private scheduleMidnight(): void {
    const now = this.clock();
    const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
    this.midnightTimer = setTimeout(() => {
      this.fireChange();
      this.scheduleMidnight();
    }, nextMidnight.getTime() - now.getTime());
  }

  private disposeJournals(): void {
    for (const journal of this.journals) {
      journal.dispose();
    }
    this.journals = [];
  }
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\');
}
