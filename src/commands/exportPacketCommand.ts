import * as vscode from 'vscode';
import { fileName } from '../util/fileName';
import { entryFileName } from '../core/newEntries/fileNaming';
import { encodeLinkPath } from '../core/text/markdown';
import { buildPacket } from '../core/packet/packet';
import { renderPacketHtml } from '../core/packet/packetHtml';
import { packetWins, readStories } from '../core/packet/packetStories';
import { readStoryMode } from '../config/storySetting';
import { parsePeriodChoice, periodOfChoice, type PeriodChoice } from '../core/dates/periodChoice';
import type { Period } from '../core/dates/periods';
import { packetFileTitle } from '../core/packet/packetFile';
import { packetPeriodOptions, type PacketPeriodOption } from '../core/packet/packetPeriods';
import { Disposable } from '../util/disposable';
import type { JournalService } from '../journal/journalService';
import type { NewFileWriter } from '../util/newFileWriter';
import type { Command } from '../util/commandManager';
import { BACK, pickOne } from './elementPick';
import { entryFileReader, locatedEntries } from './entryFiles';

export type PacketDestination = 'file' | 'untitled';

/** The argument form, which asks nothing: `period` as the command line takes it (`half`, `START..END`, ...). */
export interface ExportPacketArguments {
  readonly period: string;
  readonly destination: PacketDestination;
}

export interface ExportedPacket {
  readonly uri: vscode.Uri;
  /** The period the packet covers. */
  readonly period: Period;
  /** The same packet as one web page, written beside a saved packet. */
  readonly html?: vscode.Uri;
  readonly confidentialLeftOut: number;
}

const TITLE = 'Export Promotion Packet';

/** A pick of the command as it opens: which step, what it offers, and the item it starts on. */
export interface PacketPickShown {
  readonly step: 'period' | 'destination';
  readonly labels: readonly string[];
  readonly active: string | undefined;
}

interface PeriodItem extends vscode.QuickPickItem {
  readonly option: PacketPeriodOption;
}

/**
 * Writes the promotion packet for a period the user picks, next to the journal
 * folder (never over an existing file, never inside the journal where it would
 * count as an entry), or opens it unsaved.
 */
export class ExportPacketCommand extends Disposable implements Command {
  readonly id = 'promotionJournal.exportPacket';
  private readonly pickShownEmitter = this._register(new vscode.EventEmitter<PacketPickShown>());
  /** Says when a pick opens, so that the extension's tests can answer it when it is there. */
  readonly onDidShowPick = this.pickShownEmitter.event;

  constructor(
    private readonly service: JournalService,
    private readonly newFiles: NewFileWriter,
  ) {
    super();
  }

  async execute(argument?: unknown): Promise<ExportedPacket | undefined> {
    await this.service.ready();
    const journal = this.service.allJournals().find((candidate) => candidate.folderExists);
    if (!journal) {
      void vscode.window.showInformationMessage('There is no journal yet: log a strategic win first.');
      return undefined;
    }
    let choice: PeriodChoice | undefined;
    let destination: PacketDestination | undefined;
    if (isExportArguments(argument)) {
      const parsed = parsePeriodChoice(argument.period);
      if (!parsed.ok) {
        void vscode.window.showErrorMessage(`Cannot export the packet: ${parsed.error}`);
        return undefined;
      }
      choice = parsed.value;
      destination = argument.destination;
    } else {
      choice = await this.pickPeriod();
      destination = choice && (await this.pickDestination());
    }
    if (!choice || !destination) {
      return undefined;
    }
    const period = periodOfChoice(choice, this.service.today, this.service.settings.fiscalYearStartMonth);
    const folder = vscode.Uri.joinPath(journal.uri, '..');
    const packet = await this.render(period, folder, journal.workspaceFolder);
    const written = destination === 'file' ? await this.writeBeside(folder, period, packet.markdown) : { uri: await openUntitled(packet.markdown) };
    if (!written) {
      return undefined;
    }
    const { uri, html } = written;
    if (packet.confidentialLeftOut > 0) {
      void vscode.window.showInformationMessage(`The packet leaves out ${packet.confidentialLeftOut} confidential ${packet.confidentialLeftOut === 1 ? 'entry' : 'entries'}.`);
    }
    return { uri, period, html, confidentialLeftOut: packet.confidentialLeftOut };
  }

  /** The stories are read from the files now: the journal's index keeps no bodies. */
  private async render(period: Period, folder: vscode.Uri, scope: vscode.WorkspaceFolder | undefined) {
    const located = locatedEntries(this.service);
    const stories = await readStories(packetWins(located.keys(), period), entryFileReader(located), readStoryMode(scope));
    return buildPacket(located.keys(), this.service.elements, period, this.service.today, this.service.settings.thresholds, {
      linkOf: (entry) => linkFrom(folder, located.get(entry)!.uri),
      review: this.service.review,
      stories,
    });
  }

  /**
   * The markdown packet, then the same packet as a web page under the same
   * name (`.html`), each a new file named for the day it is written; then the
   * packet opens in the markdown preview, its source one click away.
   */
  private async writeBeside(folder: vscode.Uri, period: Period, markdown: string): Promise<{ uri: vscode.Uri; html?: vscode.Uri } | undefined> {
    const title = packetFileTitle(period);
    const today = this.service.today;
    const written = await this.newFiles.write(
      folder,
      (isTaken) => entryFileName(today, title, (name) => isTaken(name) || isTaken(asHtml(name))),
      new TextEncoder().encode(markdown),
    );
    if (!written.uri) {
      void vscode.window.showErrorMessage(written.failure);
      return undefined;
    }
    const wanted = asHtml(fileName(written.uri));
    const page = await this.newFiles.write(
      folder,
      (isTaken) => (isTaken(wanted) ? asHtml(entryFileName(today, title, (name) => isTaken(asHtml(name)))) : wanted),
      new TextEncoder().encode(renderPacketHtml(markdown)),
    );
    await showPreview(written.uri);
    if (!page.uri) {
      void vscode.window.showErrorMessage(page.failure);
    }
    void announceSaved(written.uri, page.uri);
    return { uri: written.uri, html: page.uri };
  }

  /** The period, starting on the review period of the settings. */
  private async pickPeriod(): Promise<PeriodChoice | undefined> {
    const { today, settings } = this.service;
    const items: PeriodItem[] = packetPeriodOptions(settings.reviewPeriod, today, settings.fiscalYearStartMonth).map((option) => ({
      label: option.label,
      description: option.description,
      option,
    }));
    const active = items.find((item) => item.option.isReviewPeriod);
    const picked = await this.showPick('period', items, active, { title: `${TITLE} (1/2)`, placeholder: 'Which period does the packet cover?' });
    if (!picked) {
      return undefined;
    }
    if (picked.option.choice) {
      return picked.option.choice;
    }
    const range = await vscode.window.showInputBox({
      title: `${TITLE} (1/2)`,
      prompt: 'The first and last day of the period, as START..END',
      placeHolder: `${today.slice(0, 4)}-01-01..${today}`,
      ignoreFocusOut: true,
      validateInput: (value) => {
        const parsed = parsePeriodChoice(value.includes('..') ? value : `${value}..`);
        return parsed.ok ? undefined : parsed.error;
      },
    });
    if (range === undefined) {
      return undefined;
    }
    const parsed = parsePeriodChoice(range);
    return parsed.ok ? parsed.value : undefined;
  }

  private async pickDestination(): Promise<PacketDestination | undefined> {
    const items = [
      { label: 'Save next to the journal', description: 'A new markdown file and its web page; nothing is overwritten', destination: 'file' as const },
      { label: 'Open unsaved', description: 'Review and edit it before you save it anywhere', destination: 'untitled' as const },
    ];
    const picked = await this.showPick('destination', items, items[0], { title: `${TITLE} (2/2)`, placeholder: 'Where should the packet go?' });
    return picked?.destination;
  }

  /** One pick, starting on `active`; resolves to the accepted item, or undefined on Escape. */
  private async showPick<T extends vscode.QuickPickItem>(step: PacketPickShown['step'], items: readonly T[], active: T | undefined, text: { title: string; placeholder: string }): Promise<T | undefined> {
    const picked = await pickOne(items, { title: text.title }, text.placeholder, active, () =>
      this.pickShownEmitter.fire({ step, labels: items.map((item) => item.label), active: active?.label }),
    );
    return picked === BACK ? undefined : picked;
  }
}

/** A link from the packet's folder to an entry: relative when the entry is under it. */
export function linkFrom(folder: vscode.Uri, entry: vscode.Uri): string {
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return entry.scheme === folder.scheme && entry.path.startsWith(base) ? encodeLinkPath(entry.path.slice(base.length)) : entry.toString();
}

function asHtml(markdownName: string): string {
  return markdownName.replace(/\.md$/i, '.html');
}

/** The packet as the reader sees it; where the markdown preview is missing (it can be disabled), the file itself. */
async function showPreview(packet: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', packet);
  } catch {
    await vscode.window.showTextDocument(packet, { preview: false });
  }
}

/** Says where the packet went, with its source and, on the local disk, its web page one click away. */
async function announceSaved(packet: vscode.Uri, page: vscode.Uri | undefined): Promise<void> {
  const openSource = 'Open Source';
  const openPage = page?.scheme === 'file' ? 'Open in Browser' : undefined;
  const where = vscode.workspace.asRelativePath(packet, true);
  const message = page ? `Packet saved as ${where}, with a web page to print or paste: ${fileName(page)}.` : `Packet saved as ${where}.`;
  const choice = await vscode.window.showInformationMessage(message, openSource, ...(openPage ? [openPage] : []));
  if (choice === openSource) {
    await vscode.window.showTextDocument(packet, { preview: false });
  } else if (choice === openPage && page) {
    await vscode.env.openExternal(page);
  }
}

export async function openUntitled(markdown: string): Promise<vscode.Uri> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(document, { preview: false });
  return document.uri;
}

function isExportArguments(value: unknown): value is ExportPacketArguments {
  const candidate = value as ExportPacketArguments | undefined;
  return typeof candidate?.period === 'string' && (candidate.destination === 'file' || candidate.destination === 'untitled');
}
