import * as vscode from 'vscode';
import { dayOf, type CalendarDay } from '../core/dates/calendarDay';
import { ElementMatcher, type StrategicElement } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import type { ElementEvidence } from '../core/evidence/evidence';
import type { JournalIndexChange } from '../core/journal/journalIndex';
import type { JournalReport } from '../core/evidence/report';
import { reportJson, type ReportJson } from '../core/evidence/reportJson';
import { savedReportOf, savedReportScope, savedReportValue, type SavedReport } from '../core/evidence/savedReport';
import { reviewPeriod, type Period } from '../core/dates/periods';
import { reviewCountdown, type ReviewCountdown } from '../core/review/reviewDate';
import { affectsJournal, readSettings, type JournalSettings } from '../config/settings';
import { Disposable } from '../util/disposable';
import type { Timers } from '../core/journal/changeQueue';
import { setJournalContextKeys } from './contextKeys';
import { loadFramework } from './frameworkLoader';
import { Journal } from './journal';
import { journalLocations } from './journalLocations';
import { MidnightTimer } from './midnightTimer';
import { TrackedEntries } from './trackedEntries';
import type { DiskFolderReaders } from './workspaceFileSource';

/** While journals load, at most one change event per this long: each redraws the tree, the status bar and the diagnostics, which compete with the load itself. */
const LOADING_CHANGE_MS = 250;

/** An entry with the journal it belongs to, so adapters can find its file. */
export interface LocatedEntry {
  readonly entry: JournalEntry;
  readonly journal: Journal;
  readonly uri: vscode.Uri;
}

/**
 * Every journal of the window, each once (workspace folders whose setting
 * names the same folder share one journal; with no folder open, an absolute
 * setting names a personal journal), the settings, and
 * the evidence computed from them. Fires onDidChange when any of these change,
 * including when the date rolls over at midnight.
 */
export class JournalService extends Disposable {
  private journals: Journal[] = [];
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changeEmitter.event;
  /** While journals load, their slices reach the surfaces at most this often: each change event redraws them. */
  private loadingChangeTimer: unknown;
  /** A slice came after the last change event of the moment. */
  private loadingChangePending = false;
  private loading: Promise<void> = Promise.resolve();
  private currentMatcher = new ElementMatcher();
  private frameworkName = '';
  private readonly tracked = new TrackedEntries<Journal>();
  private cachedSettings: JournalSettings | undefined;
  private loadingJournals = false;
  /** While the journal loads on a restart: the report the last start saved of the very same files, shown until the entries are in. */
  private shownSavedReport: SavedReport | undefined;
  /** Whether this load showed a saved report, even if a change seen since ended it. */
  private savedReportShownInLoad = false;
  /** For tests: whether the last load showed a saved report, and the save of this load's report for the next start. */
  lastSavedReport: { readonly shown: boolean; readonly saved: Promise<boolean> } | undefined;

  /** `diskReaders` reads journals on disk with Node, which can tell where a link leads; without it, links to files are not followed. */
  constructor(
    private readonly clock: () => Date = () => new Date(),
    private readonly diskReaders?: DiskFolderReaders,
    private readonly timers: Timers = globalThis,
  ) {
    super();
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()));
    // Trusting the workspace lets its own journal folder and framework settings apply (restricted until then).
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('promotionJournal.journalFolder') || event.affectsConfiguration('promotionJournal.framework')) {
          this.reload();
        } else if (affectsJournal(event)) {
          this.cachedSettings = undefined;
          this.scopeChanged();
        }
      }),
    );
    this._register({ dispose: () => this.disposeJournals() });
    this._register(new MidnightTimer(clock, timers, () => this.scopeChanged()));
    this._register({ dispose: () => this.timers.clearTimeout(this.loadingChangeTimer) });
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
    this.cachedSettings ??= readSettings(this.journals[0]?.workspaceFolder);
    return this.cachedSettings;
  }

  get today(): CalendarDay {
    return dayOf(this.clock());
  }

  get period(): Period {
    const settings = this.settings;
    return reviewPeriod(settings.reviewPeriod, this.today, settings.fiscalYearStartMonth);
  }

  /** The countdown to the next review: the review date setting, or the period's end. */
  get review(): ReviewCountdown {
    return reviewCountdown(this.settings.reviewDate, this.period, this.today);
  }

  /** True while journals are read from disk: the tree may still grow. */
  get isLoading(): boolean {
    return this.loadingJournals;
  }

  /** Whether evidence() is the journal's as it is: loaded, or the report saved of the very same files (see DiskJournalReader.savedReport). */
  get flagsReady(): boolean {
    return !this.loadingJournals || this.shownSavedReport !== undefined;
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

  /** A file the extension wrote: the journal that holds it reads it, watcher or not. */
  noteWritten(uri: vscode.Uri): void {
    this.journals.find((journal) => journal.files.relativePath(uri) !== undefined || journal.uri.toString() === uri.toString())?.noteWritten(uri);
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

  /** The report for the review period in the settings: what the dashboard, packet and API show. */
  report(): JournalReport {
    return this.liveReport().report();
  }

  /** Each element's evidence, as the tree and status bar show it: cheap whatever the journal's size. */
  evidence(): readonly ElementEvidence[] {
    return this.shownSavedReport?.evidence ?? this.liveReport().evidence();
  }

  /** The report's stable JSON form (docs/report-json.md), as the API and the command line give it. */
  reportJson(): ReportJson {
    return this.shownSavedReport?.json ?? reportJson(this.report(), this.review);
  }

  /** An entry of the index with its journal and file. */
  locate(entry: JournalEntry): LocatedEntry {
    const journal = this.tracked.journalOfEntry(entry)!;
    return { entry, journal, uri: journal.files.uriOf(entry.path) };
  }

  /** Entries tagged with an element, untagged, or with problems, in no particular order. */
  tagged(id: string): ReadonlySet<JournalEntry> {
    return this.tracked.tagged(id);
  }

  untagged(): ReadonlySet<JournalEntry> {
    return this.tracked.untagged();
  }

  withProblems(): ReadonlySet<JournalEntry> {
    return this.tracked.withProblems();
  }

  private liveReport() {
    return this.tracked.liveReport({ elements: this.elements, period: this.period, today: this.today, thresholds: this.settings.thresholds });
  }

  /** True when the settings name a journal folder for this window, whether it exists yet or not. */
  get hasJournalLocation(): boolean {
    return this.journals.length > 0;
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
    const journals = journalLocations(folders).map((location) => new Journal(location.folder, location.uri, matcher, this.diskReaders, this.timers));
    this.loadingJournals = true;
    /** A window of one journal on a disk shows the report saved of the same files while it loads, and saves its own. */
    let single: { journal: Journal; scope: string } | undefined;
    let shown: boolean;
    let loaded = false;
    this.savedReportShownInLoad = false;
    try {
      if (this.tracked.size === 0) {
        // Nothing shown yet: show the journal as it loads, slice by slice.
        this.swapIn(journals, matcher, framework.name);
        const scope = this.savedReportScope();
        single = journals.length === 1 ? { journal: journals[0], scope } : undefined;
        await Promise.all(journals.map((journal) => journal.load(journal === single?.journal ? () => this.showSavedReport(journal, scope) : undefined)));
      } else {
        // The old journals serve the tree until the new ones are read: no flash of an empty journal.
        await Promise.all(journals.map((journal) => journal.load()));
        this.swapIn(journals, matcher, framework.name);
      }
      loaded = true;
    } finally {
      this.loadingJournals = false;
      // The entries are in, or the load failed: either way the saved report no longer stands for them.
      shown = this.savedReportShownInLoad;
      this.shownSavedReport = undefined;
      if (!loaded) {
        this.fireChange(); // a failed load shows what it has, not the saved report's flags
      }
    }
    if (this.disposed) {
      journals.forEach((journal) => journal.dispose());
      return;
    }
    this.fireChange();
    if (single) {
      const { journal, scope } = single;
      this.lastSavedReport = { shown, saved: shown ? Promise.resolve(false) : this.saveReport(journal, scope) };
    }
  }

  /** What the report is of besides the entries: a saved report is shown only for the same. */
  private savedReportScope(): string {
    return savedReportScope({ elements: this.elements, period: this.period, today: this.today, thresholds: this.settings.thresholds, review: this.review });
  }

  /** Shows the report the last start saved, when the journal's files are all as they were then (the flags, and the API's report). */
  private async showSavedReport(journal: Journal, scope: string): Promise<void> {
    // A report that cannot be read is as good as none: the load goes on.
    const saved = savedReportOf(await journal.files.savedReport(this.elements, scope).catch(() => undefined), this.elements);
    if (saved && !this.disposed && scope === this.savedReportScope()) {
      this.shownSavedReport = saved;
      this.savedReportShownInLoad = true;
      // Made now, while no entry is in, and kept current as they come: made at the end, it took every entry in one block (100 ms at 100,000).
      this.liveReport();
      this.fireChange();
    }
  }

  /** Saves this load's report for the next start, once every change seen is in (see DiskJournalReader.saveReport). */
  private async saveReport(journal: Journal, scope: string): Promise<boolean> {
    await journal.settled();
    if (this.disposed || !this.journals.includes(journal) || scope !== this.savedReportScope()) {
      return false;
    }
    // The load is over: these are the live report's, not a saved one's.
    const report = savedReportValue({ json: this.reportJson(), evidence: this.evidence() });
    return journal.files.saveReport(this.elements, scope, report).catch(() => false); // the next start only waits for its entries
  }

  /** A file changed while the journal loads: the report saved of the files as they were no longer stands. */
  private changeSeen(): void {
    if (this.shownSavedReport !== undefined) {
      this.shownSavedReport = undefined;
      this.fireChange();
    }
  }

  /** The day, the period or the thresholds changed: a report saved for the old ones no longer stands. */
  private scopeChanged(): void {
    this.shownSavedReport = undefined;
    this.fireChange();
  }

  private swapIn(journals: Journal[], matcher: ElementMatcher, frameworkName: string): void {
    this.disposeJournals();
    this.currentMatcher = matcher;
    this.frameworkName = frameworkName;
    this.journals = journals;
    this.cachedSettings = undefined;
    this.tracked.clear();
    for (const journal of journals) {
      for (const entry of journal.entries()) {
        this.tracked.add(entry, journal);
      }
      journal.index.onDidChange((change) => this.journalChanged(journal, change));
      journal.onDidSeeChange(() => this.changeSeen());
    }
    this.fireChange();
  }

  /** One file's worth of change reaches the groups and the report without recounting the rest. */
  private journalChanged(journal: Journal, change: JournalIndexChange): void {
    for (const entry of change.removed) {
      this.tracked.remove(entry);
    }
    for (const entry of change.added) {
      this.tracked.add(entry, journal);
    }
    if (this.loadingJournals) {
      this.fireChangeSoon();
    } else {
      this.fireChange();
    }
  }

  /**
   * One change event for the slices of a moment: the tree grows while the
   * journal loads without redrawing for each slice. The first slice of a
   * moment shows right away; the ones after it, at the moment's end.
   */
  private fireChangeSoon(): void {
    if (this.loadingChangeTimer !== undefined) {
      this.loadingChangePending = true;
      return;
    }
    // In a turn of its own: the slice just taken in and the redraws it causes are two short blocks, not one long one.
    this.loadingChangeTimer = this.timers.setTimeout(() => {
      this.fireChange();
      this.loadingChangeTimer = this.timers.setTimeout(() => {
        this.loadingChangeTimer = undefined;
        if (this.loadingChangePending) {
          this.fireChangeSoon();
        }
      }, LOADING_CHANGE_MS);
    }, 0);
  }

  private fireChange(): void {
    this.timers.clearTimeout(this.loadingChangeTimer);
    this.loadingChangeTimer = undefined;
    this.loadingChangePending = false;
    setJournalContextKeys({ hasJournal: this.hasJournal, loading: this.loadingJournals, hasJournalLocation: this.hasJournalLocation });
    this.changeEmitter.fire();
  }

  private disposeJournals(): void {
    for (const journal of this.journals) {
      journal.dispose();
    }
    this.journals = [];
  }
}

