import * as vscode from 'vscode';
import { needsEvidence } from '../core/evidence';
import { reviewCountdownText } from '../core/reviewDate';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';
import { reviewTooltip } from './reviewTooltip';

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
    const evidence = this.service.evidence();
    const flagged = evidence.filter(needsEvidence);
    const period = this.service.period.label;
    const review = this.service.review;
    const countdown = reviewCountdownText(review);
    let summary: string;
    if (flagged.length === 0) {
      this.item.text = countdown ? `$(pass) ${countdown} · evidence ok` : '$(pass) Evidence ok';
      summary = `Every strategic element has enough recent evidence ${period}.`;
    } else {
      this.item.text = `$(warning) ${countdown ? `${countdown} · ` : ''}${flagged.length} need evidence`;
      const lines = flagged.map((item) => `- **${item.element.label}**: ${item.gap}`);
      summary = `Strategic elements that need evidence ${period}:\n\n${lines.join('\n')}`;
    }
    this.item.tooltip = reviewTooltip(summary, review, evidence, this.service.today);
    this.item.show();
  }
}
