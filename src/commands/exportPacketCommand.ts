import * as vscode from 'vscode';
import { entryFileName } from '../core/journal/fileNaming';
import { encodeLinkPath } from '../core/text/markdown';
import { buildPacket } from '../core/packet/packet';
import { renderPacketHtml } from '../core/packet/packetHtml';
import { packetWins, readStories } from '../core/packet/packetStories';
import { readStoryMode } from '../config/storySetting';
import { describePeriod, PACKET_PERIOD_CHOICES, parsePeriodChoice, periodOfChoice, type PeriodChoice } from '../core/dates/periodChoice';
import type { Period } from '../core/dates/periods';
import type { JournalService } from '../journal/journalService';
import type { NewFileWriter } from '../util/newFileWriter';
import type { Command } from './commandManager';
import { entryFileReader, locatedEntries } from './entryFiles';

export type PacketDestination = 'file' | 'untitled';

/** The argument form, which asks nothing: `period` as the command line takes it (`half`, `START..END`, ...). */
export interface ExportPacketArguments {
  readonly period: string;
  readonly destination: PacketDestination;
}

export interface ExportedPacket {
  readonly uri: vscode.Uri;
  /** The same packet as one web page, written beside a saved packet. */
  readonly html?: vscode.Uri;
  readonly confidentialLeftOut: number;
}

const TITLE = 'Export Promotion Packet';

/**
 * Writes the promotion packet for a period the user picks, next to the journal
 * folder (never over an existing file, never inside the journal where it would
 * count as an entry), or opens it unsaved.
 */
export class ExportPacketCommand implements Command {
  readonly id = 'promotionJournal.exportPacket';

  constructor(
    private readonly service: JournalService,
    private readonly newFiles: NewFileWriter,
  ) {}

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
    return { uri, html, confidentialLeftOut: packet.confidentialLeftOut };
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

  /** The markdown packet, then the same packet as a web page under the same name (`.html`), each a new file. */
  private async writeBeside(folder: vscode.Uri, period: Period, markdown: string): Promise<{ uri: vscode.Uri; html?: vscode.Uri } | undefined> {
    const title = `promotion packet from ${period.start}`;
    const written = await this.newFiles.write(
      folder,
      (isTaken) => entryFileName(period.end, title, (name) => isTaken(name) || isTaken(asHtml(name))),
      new TextEncoder().encode(markdown),
    );
    if (!written.uri) {
      void vscode.window.showErrorMessage(written.failure);
      return undefined;
    }
    const wanted = asHtml(written.uri.path.slice(written.uri.path.lastIndexOf('/') + 1));
    const page = await this.newFiles.write(
      folder,
      (isTaken) => (isTaken(wanted) ? asHtml(entryFileName(period.end, title, (name) => isTaken(asHtml(name)))) : wanted),
      new TextEncoder().encode(renderPacketHtml(markdown)),
    );
    await vscode.window.showTextDocument(written.uri, { preview: false });
    if (!page.uri) {
      void vscode.window.showErrorMessage(page.failure);
      return { uri: written.uri };
    }
    void offerToOpen(page.uri);
    return { uri: written.uri, html: page.uri };
  }

  private async pickPeriod(): Promise<PeriodChoice | undefined> {
    const { today, settings } = this.service;
    const items = PACKET_PERIOD_CHOICES.map((choice) => ({
      label: choice.label,
      description: choice.kind === 'custom' ? 'Pick the first and last day' : describePeriod(periodOfChoice(choice as PeriodChoice, today, settings.fiscalYearStartMonth)),
      choiceKind: choice.kind,
    }));
    const picked = await vscode.window.showQuickPick(items, { title: `${TITLE} (1/2)`, placeHolder: 'Which period does the packet cover?', ignoreFocusOut: true });
    if (!picked) {
      return undefined;
    }
    if (picked.choiceKind !== 'custom') {
      return { kind: picked.choiceKind };
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
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'Save next to the journal', description: 'A new markdown file and its web page; nothing is overwritten', destination: 'file' as const },
        { label: 'Open unsaved', description: 'Review and edit it before you save it anywhere', destination: 'untitled' as const },
      ],
      { title: `${TITLE} (2/2)`, placeHolder: 'Where should the packet go?', ignoreFocusOut: true },
    );
    return picked?.destination;
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

/** The page is for a browser: on the local disk, offer to open it in one. */
async function offerToOpen(page: vscode.Uri): Promise<void> {
  const name = page.path.slice(page.path.lastIndexOf('/') + 1);
  const open = page.scheme === 'file' ? 'Open in Browser' : undefined;
  const choice = await vscode.window.showInformationMessage(`Also saved as a web page to print or paste: ${name}`, ...(open ? [open] : []));
  if (choice === open && open) {
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
