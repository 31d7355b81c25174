import * as vscode from 'vscode';
import { isPacketFileName, PACKET_FILE_GLOB } from '../core/packet/packetFile';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';

/** The context keys that tick the walkthrough's steps from what the user has already done (package.json `completionEvents`). */
export const WALKTHROUGH_KEYS = {
  hasWin: 'promotionJournal.hasWin',
  hasPacket: 'promotionJournal.hasPacket',
} as const;

type WalkthroughKey = (typeof WALKTHROUGH_KEYS)[keyof typeof WALKTHROUGH_KEYS];

/**
 * Keeps the walkthrough's context keys true to the journal: a win in it, a
 * saved packet next to it. Updated when the report changes and when a packet
 * file comes or goes; only file names of the packet folder are listed, no file
 * outside the journal is read.
 */
export class WalkthroughState extends Disposable {
  private readonly values = new Map<WalkthroughKey, boolean>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly changedEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires after a key was set anew: for the extension's tests. */
  readonly onDidChange = this.changedEmitter.event;
  private updating: Promise<void> | undefined;
  private updateAgain = false;

  constructor(private readonly service: JournalService) {
    super();
    this._register(service.onDidChange(() => this.scheduleUpdate()));
    this._register({ dispose: () => this.watchers.forEach((watcher) => watcher.dispose()) });
    void service.ready().then(() => this.scheduleUpdate());
  }

  /** The value last set for a key; undefined before the first update. */
  value(key: WalkthroughKey): boolean | undefined {
    return this.values.get(key);
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
    const changed = [this.set(WALKTHROUGH_KEYS.hasWin, hasWin), this.set(WALKTHROUGH_KEYS.hasPacket, hasPacket)].filter((set) => set !== undefined);
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

  /** Sets a key when its value changed: then resolves when it is set. */
  private set(key: WalkthroughKey, value: boolean): Thenable<unknown> | undefined {
    if (this.values.get(key) === value) {
      return undefined;
    }
    this.values.set(key, value);
    return vscode.commands.executeCommand('setContext', key, value);
  }
}

async function hasPacketIn(folder: vscode.Uri): Promise<boolean> {
  try {
    const listed = await vscode.workspace.fs.readDirectory(folder);
    return listed.some(([name, type]) => type === vscode.FileType.File && isPacketFileName(name));
  } catch {
    return false; // no such folder yet
  }
}
