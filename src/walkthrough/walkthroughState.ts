import * as vscode from 'vscode';
import { isPacketFileName, PACKET_FILE_GLOB } from '../core/packet/packetFile';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';

/** The context keys that tick the walkthrough's steps from what the user has already done (package.json `completionEvents`). */
export const WALKTHROUGH_KEYS = {
  /** Its own key rather than the sidebar's `promotionJournal.hasJournal`, which is set before the walkthrough is read. */
  hasJournalFolder: 'promotionJournal.hasJournalFolder',
  hasWin: 'promotionJournal.hasWin',
  hasPacket: 'promotionJournal.hasPacket',
} as const;

type WalkthroughKey = (typeof WALKTHROUGH_KEYS)[keyof typeof WALKTHROUGH_KEYS];

/**
 * Keeps the walkthrough's context keys true to the journal: its folder, a win
 * in it, a saved packet next to it. Updated when the report changes and when a packet
 * file comes or goes; only file names of the packet folder are listed, no file
 * outside the journal is read.
 *
 * The keys are published once the walkthrough's page has been open: VS Code
 * ticks a step when its key turns true, but not for a key that is already true
 * when it reads the walkthrough, which it does only when its page first opens.
 */
export class WalkthroughState extends Disposable {
  private readonly values = new Map<WalkthroughKey, boolean>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly changedEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires after a key was set anew: for the extension's tests. */
  readonly onDidChange = this.changedEmitter.event;
  private updating: Promise<void> | undefined;
  private updateAgain = false;
  private published = false;

  constructor(private readonly service: JournalService) {
    super();
    this._register(service.onDidChange(() => this.scheduleUpdate()));
    this._register(vscode.window.tabGroups.onDidChangeTabs(() => this.publishOnceWalkthroughShown()));
    this.publishOnceWalkthroughShown();
    this._register({ dispose: () => this.watchers.forEach((watcher) => watcher.dispose()) });
    void service.ready().then(() => this.scheduleUpdate());
  }

  /** The value last computed for a key; undefined before the first update. */
  value(key: WalkthroughKey): boolean | undefined {
    return this.values.get(key);
  }

  /** Whether the keys are set in VS Code: after the walkthrough's page was open. */
  get isPublished(): boolean {
    return this.published;
  }

  private publishOnceWalkthroughShown(): void {
    if (this.published || !vscode.window.tabGroups.all.some((group) => group.tabs.some(isWalkthroughTab))) {
      return;
    }
    this.published = true;
    void Promise.all([...this.values].map(([key, value]) => vscode.commands.executeCommand('setContext', key, value))).then(() => this.changedEmitter.fire());
  }

  /** One update at a time; changes during one bring one more after it. */
  private scheduleUpdate(): void {
    if (this.updating) {
      this.updateAgain = true;
      return;
    }
    this.updating = this.update().finally(() => {
      this.updating = undefined;
      if (this.updateAgain && !this.disposed) {
        this.updateAgain = false;
        this.scheduleUpdate();
      }
    });
  }

  private async update(): Promise<void> {
    const hasWin = this.service.elements.some((element) => this.service.tagged(element.id).size > 0);
    const folders = this.packetFolders();
    this.watchPacketFolders(folders);
    const hasPacket = (await Promise.all(folders.map(hasPacketIn))).some(Boolean);
    if (this.disposed) {
      return;
    }
    const changed = [
      this.set(WALKTHROUGH_KEYS.hasJournalFolder, this.service.hasJournal),
      this.set(WALKTHROUGH_KEYS.hasWin, hasWin),
      this.set(WALKTHROUGH_KEYS.hasPacket, hasPacket),
    ].filter((set) => set !== undefined);
    if (changed.length > 0) {
      await Promise.all(changed);
      this.changedEmitter.fire();
    }
  }

  /** Where packets are saved: the folder that holds each journal. */
  private packetFolders(): vscode.Uri[] {
    const folders = new Map(this.service.allJournals().map((journal) => {
      const folder = vscode.Uri.joinPath(journal.uri, '..');
      return [folder.toString(), folder] as const;
    }));
    return [...folders.values()];
  }

  private watchPacketFolders(folders: readonly vscode.Uri[]): void {
    const wanted = new Set(folders.map((folder) => folder.toString()));
    for (const [key, watcher] of this.watchers) {
      if (!wanted.has(key)) {
        watcher.dispose();
        this.watchers.delete(key);
      }
    }
    for (const folder of folders) {
      if (!this.watchers.has(folder.toString())) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, PACKET_FILE_GLOB), false, true, false);
        watcher.onDidCreate(() => this.scheduleUpdate());
        watcher.onDidDelete(() => this.scheduleUpdate());
        this.watchers.set(folder.toString(), watcher);
      }
    }
  }

  /** Records a key's value when it changed, and sets it once published: then resolves when it is set. */
  private set(key: WalkthroughKey, value: boolean): Thenable<unknown> | undefined {
    if (this.values.get(key) === value) {
      return undefined;
    }
    this.values.set(key, value);
    return this.published ? vscode.commands.executeCommand('setContext', key, value) : Promise.resolve();
  }
}

/**
 * The Welcome page, which shows walkthroughs, is an editor the API cannot
 * name (no input type); in English its tab also says so, other languages
 * take any such tab.
 */
function isWalkthroughTab(tab: vscode.Tab): boolean {
  return tab.input === undefined && (!vscode.env.language.startsWith('en') || /welcome|walkthrough|get started/i.test(tab.label));
}

async function hasPacketIn(folder: vscode.Uri): Promise<boolean> {
  try {
    const listed = await vscode.workspace.fs.readDirectory(folder);
    return listed.some(([name, type]) => type === vscode.FileType.File && isPacketFileName(name));
  } catch {
    return false; // no such folder yet
  }
}
