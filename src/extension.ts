import * as vscode from 'vscode';
import { extensionLogDisposable } from './util/log';
import { ChoosePersonalJournalCommand } from './commands/choosePersonalJournalCommand';
import { CommandManager } from './util/commandManager';
import { DraftSelfReviewCommand } from './commands/draftSelfReviewCommand';
import { ExportPacketCommand } from './commands/exportPacketCommand';
import type { ReportJson } from './core/evidence/reportJson';
import { ElementPick } from './commands/elementPick';
import { LogWinCommand } from './commands/logWinCommand';
import type { EditEntryFile } from './commands/entryText';
import { TagEntryCommand } from './commands/tagEntryCommand';
import { GroupByElementCommand, GroupByPeriodCommand, RefreshCommand } from './tree/treeCommands';
import { CopyEntryPathCommand, DeleteEntryCommand, OpenEntryToSideCommand, RenameEntryCommand, RevealEntryInExplorerCommand, type RenameFile } from './tree/entryFileCommands';
import { PickJournalFolderCommand } from './commands/pickJournalFolderCommand';
import { DashboardPanel } from './dashboard/dashboardPanel';
import { ShowDashboardCommand } from './dashboard/showDashboardCommand';
import { JournalService } from './journal/journalService';
import type { DiskFolderReaders } from './journal/workspaceFileSource';
import { JournalDiagnostics } from './language/journalDiagnostics';
import { registerElementLanguageFeatures } from './language/languageFeatures';
import { ReviewNudge } from './nudge/reviewNudge';
import { EvidenceStatusBar } from './statusBar/evidenceStatusBar';
import { JournalTreeProvider } from './tree/journalTreeProvider';
import { JournalTreeView } from './tree/journalTreeView';
import { NewFileWriter, type CreateNewFile } from './util/newFileWriter';
import { WalkthroughState } from './walkthrough/walkthroughState';
import { ReviewPeriodUpgrade } from './config/reviewPeriodUpgrade';


/** What `activate()` returns to other extensions: the report, and when it changes. */
export interface PromotionJournalApi {
  /** The evidence report for the current settings, in the stable JSON form of docs/report-json.md. */
  report(): ReportJson;
  /** Fires when the report may have changed: an entry, a setting, or the day. */
  readonly onDidChangeReport: vscode.Event<void>;
  /** The extension's parts, for its own tests: present only when VS Code runs the extension's tests (ExtensionMode.Test). */
  readonly testParts?: ExtensionParts;
}

/** Not an API: what the extension's integration tests look into. */
export interface ExtensionParts {
  readonly service: JournalService;
  readonly tree: JournalTreeProvider;
  /** The sidebar's view: what it reveals and selects. */
  readonly treeView: JournalTreeView;
  readonly statusBar: EvidenceStatusBar;
  readonly dashboard: DashboardPanel;
  /** Says when a pick of elements opens, with what it offers. */
  readonly elementPick: ElementPick;
  /** Says when its picks open, and what they start on. */
  readonly exportPacket: ExportPacketCommand;
  /** The context keys that tick the walkthrough's steps. */
  readonly walkthroughState: WalkthroughState;
  /** A new service wired as the extension's own, reading from the same storage: what a restart of VS Code would build. */
  readonly newService: () => JournalService;
  /** When VS Code called the extension's activate() function, by `performance.now()`: the bench tells VS Code's own activation from ours. */
  readonly activateCalledAt: number;
}

/**
 * Only wiring: each part owns its behaviour, and every disposable goes to the
 * context. The desktop entry (src/node/extension.ts) and the web one
 * (src/web/extension.ts) differ only in how a new file is created, in
 * whether journals on disk are read with Node (`diskReaders`, which can tell
 * where a link leads), and in how an entry file is edited and renamed.
 */
export function activateWith(
  context: vscode.ExtensionContext,
  createNewFile: CreateNewFile,
  diskReaders: DiskFolderReaders | undefined,
  editEntryFile: EditEntryFile,
  renameFile: RenameFile,
): PromotionJournalApi {
  const activateCalledAt = performance.now();
  const newService = () => new JournalService(undefined, diskReaders);
  const service = newService();
  const newFiles = new NewFileWriter(createNewFile);
  const tree = new JournalTreeProvider(service, context.workspaceState);
  const treeView = new JournalTreeView(tree, service);
  const statusBar = new EvidenceStatusBar(service);
  const dashboard = new DashboardPanel(service, context.extensionUri);
  const commands = new CommandManager();
  const elementPick = new ElementPick();
  commands.register(new LogWinCommand(service, newFiles, elementPick));
  commands.register(new RefreshCommand(service));
  const exportPacket = commands.register(new ExportPacketCommand(service, newFiles));
  const walkthroughState = new WalkthroughState(service);
  commands.register(new GroupByPeriodCommand(tree));
  commands.register(new GroupByElementCommand(tree));
  commands.register(new ShowDashboardCommand(dashboard));
  commands.register(new TagEntryCommand(service, editEntryFile, elementPick));
  commands.register(new DraftSelfReviewCommand(service));
  commands.register(new ChoosePersonalJournalCommand());
  commands.register(new PickJournalFolderCommand());
  commands.register(new OpenEntryToSideCommand());
  commands.register(new RevealEntryInExplorerCommand());
  commands.register(new CopyEntryPathCommand());
  commands.register(new RenameEntryCommand(renameFile));
  commands.register(new DeleteEntryCommand());
  context.subscriptions.push(
    extensionLogDisposable,
    elementPick,
    service,
    tree,
    treeView,
    statusBar,
    dashboard,
    commands,
    new JournalDiagnostics(service),
    registerElementLanguageFeatures(service),
    new ReviewNudge(service, context.globalState),
    exportPacket,
    walkthroughState,
  );
  const periodUpgrade = new ReviewPeriodUpgrade(context.globalState);
  context.subscriptions.push(periodUpgrade);
  void periodUpgrade.offer();
  const reportChanged = new vscode.EventEmitter<void>();
  context.subscriptions.push(reportChanged, service.onDidChange(() => reportChanged.fire()));
  return {
    report: () => service.reportJson(),
    onDidChangeReport: reportChanged.event,
    testParts: context.extensionMode === vscode.ExtensionMode.Test ? { service, tree, treeView, statusBar, dashboard, elementPick, exportPacket, walkthroughState, newService, activateCalledAt } : undefined,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
