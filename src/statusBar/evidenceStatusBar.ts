import * as vscode from 'vscode';
import { evidenceStatusBarText } from '../core/render/statusBarText';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';
import { reviewTooltip } from './reviewTooltip';

/** How many elements need evidence in the review period; a click opens the journal tree. Hidden without a journal. */
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
    if (!this.service.flagsReady) {
      // Counts are still growing: a flag now could be wrong.
      this.item.text = '$(sync~spin) Reading journal';
      this.item.tooltip = 'Promotion Journal is reading your journal.';
      this.item.show();
      return;
    }
    // The report's evidence: the same flags as the tree, the dashboard and `check`.
    const evidence = this.service.evidence();
    const review = this.service.review;
    const { text, tooltip } = evidenceStatusBarText(evidence, this.service.period, review);
    this.item.text = text;
    this.item.tooltip = reviewTooltip(tooltip.value, review, evidence, this.service.today);
    this.item.show();
  }
}
