import * as vscode from 'vscode';
import { needsEvidence } from '../core/evidence';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';

/** How many elements need evidence; a click opens the journal tree. Hidden without a journal. */
export class EvidenceStatusBar extends Disposable {
  readonly item: vscode.StatusBarItem;
  private shown = false;

  constructor(private readonly service: JournalService) {
    super();
    this.item = this._register(vscode.window.createStatusBarItem('promotionJournal.evidence', vscode.StatusBarAlignment.Left, 10));
    this.item.name = 'Promotion Journal Evidence';
    this.item.command = 'promotionJournal.wins.focus';
    this._register(service.onDidChange(() => this.update()));
    this.update();
  }

  get visible(): boolean {
    return this.shown;
  }

  private update(): void {
    this.shown = this.service.hasJournal;
    if (!this.shown) {
      this.item.hide();
      return;
    }
    if (this.service.isLoading) {
      // Counts are still growing: a flag now could be wrong.
      this.item.text = '$(sync~spin) Reading journal';
      this.item.tooltip = 'Promotion Journal is reading your journal.';
      this.item.show();
      return;
    }
    const flagged = this.service.evidence().filter(needsEvidence);
    const period = this.service.period.label;
    if (flagged.length === 0) {
      this.item.text = '$(pass) Evidence ok';
      this.item.tooltip = `Every strategic element has enough recent evidence ${period}.`;
    } else {
      this.item.text = `$(warning) ${flagged.length} need evidence`;
      const lines = flagged.map((evidence) => `- **${evidence.element.label}**: ${evidence.gap}`);
      this.item.tooltip = new vscode.MarkdownString(`Strategic elements that need evidence ${period}:\n\n${lines.join('\n')}\n\nClick to open the journal.`);
    }
    this.item.show();
  }
}
