import * as vscode from 'vscode';
import { shortDay } from '../core/calendarDay';
import type { JournalEntry } from '../core/entry';
import { isStrongEntry } from '../core/evidenceQuality';
import { periodBucket } from '../core/periods';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';
import type { EntryNode, GroupNode, JournalTreeNode } from './treeNodes';

export type TreeGrouping = 'element' | 'period';

const GROUPING_KEY = 'promotionJournal.grouping';
export const VIEW_ID = 'promotionJournal.wins';

/** Newest first; undated entries last; then by title for a stable order. */
function byDateDescending(a: JournalEntry, b: JournalEntry): number {
  const left = a.date ?? '';
  const right = b.date ?? '';
  return left === right ? a.title.localeCompare(b.title) : left < right ? 1 : -1;
}


/**
 * The sidebar tree: elements with their evidence and entries, or the entries
 * by period; plus groups for untagged entries and entries with problems.
 * Nodes are rebuilt from the index when the journal changes.
 */
export class JournalTreeProvider extends Disposable implements vscode.TreeDataProvider<JournalTreeNode> {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<JournalTreeNode | undefined>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private groupingMode: TreeGrouping;

  constructor(
    private readonly service: JournalService,
    private readonly state: vscode.Memento,
  ) {
    super();
    this.groupingMode = state.get<TreeGrouping>(GROUPING_KEY, 'element');
    void vscode.commands.executeCommand('setContext', GROUPING_KEY, this.groupingMode);
    this._register(service.onDidChange(() => this.journalChanged()));
  }

  private showingProgress = false;

  /** While the journal loads, the view shows a progress bar and the tree grows slice by slice. */
  private journalChanged(): void {
    if (this.service.isLoading && !this.showingProgress) {
      this.showingProgress = true;
      void vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => this.service.ready()).then(() => {
        this.showingProgress = false;
      });
    }
    this.changeEmitter.fire(undefined);
  }

  get grouping(): TreeGrouping {
    return this.groupingMode;
  }

  async setGrouping(grouping: TreeGrouping): Promise<void> {
    this.groupingMode = grouping;
    await this.state.update(GROUPING_KEY, grouping);
    await vscode.commands.executeCommand('setContext', GROUPING_KEY, grouping);
    this.changeEmitter.fire(undefined);
  }

  getChildren(node?: JournalTreeNode): JournalTreeNode[] {
    if (!node) {
      return this.service.hasJournal ? this.rootNodes() : [];
    }
    if (node.kind === 'entry') {
      return [];
    }
    const parentKey = this.keyOf(node);
    return [...node.entries]
      .sort(byDateDescending)
      .map((entry) => ({ kind: 'entry', located: this.service.locate(entry), parentKey, showProblems: node.kind === 'problems' }));
  }

  getTreeItem(node: JournalTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'element':
        return this.elementItem(node);
      case 'period': {
        const item = new vscode.TreeItem(node.bucket.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = this.keyOf(node);
        item.description = String(node.entries.size);
        item.iconPath = new vscode.ThemeIcon('calendar');
        item.contextValue = 'period';
        return item;
      }
      case 'untagged':
      case 'problems':
      case 'undated':
        return groupItem(node, this.keyOf(node));
      case 'entry':
        return entryItem(node, this.service.today);
    }
  }

  getParent(): undefined {
    return undefined;
  }

  /** Built from groups the service keeps current: no walk over the whole journal when grouped by element. */
  private rootNodes(): JournalTreeNode[] {
    const nodes: JournalTreeNode[] = this.groupingMode === 'element' ? this.elementNodes() : this.periodNodes();
    const untagged = this.service.untagged();
    const problems = this.service.withProblems();
    if (untagged.size > 0) {
      nodes.push({ kind: 'untagged', entries: untagged });
    }
    if (problems.size > 0) {
      nodes.push({ kind: 'problems', entries: problems });
    }
    return nodes;
  }

  private elementNodes(): JournalTreeNode[] {
    return this.service.evidence().map((evidence) => ({ kind: 'element', evidence, entries: this.service.tagged(evidence.element.id) }));
  }

  private periodNodes(): JournalTreeNode[] {
    const { periodGrouping, fiscalYearStartMonth } = this.service.settings;
    const buckets = new Map<string, { bucket: ReturnType<typeof periodBucket>; entries: Set<JournalEntry> }>();
    const undated = new Set<JournalEntry>();
    for (const { entry } of this.service.entries()) {
      if (!entry.date) {
        undated.add(entry);
        continue;
      }
      const bucket = periodBucket(entry.date, periodGrouping, fiscalYearStartMonth);
      const group = buckets.get(bucket.key) ?? { bucket, entries: new Set<JournalEntry>() };
      group.entries.add(entry);
      buckets.set(bucket.key, group);
    }
    const nodes: JournalTreeNode[] = [...buckets.values()]
      .sort((a, b) => (a.bucket.key < b.bucket.key ? 1 : -1))
      .map(({ bucket, entries }) => ({ kind: 'period', bucket, entries }));
    if (undated.size > 0) {
      nodes.push({ kind: 'undated', entries: undated });
    }
    return nodes;
  }

  private elementItem(node: Extract<JournalTreeNode, { kind: 'element' }>): vscode.TreeItem {
    const { element, status, gap, count, strong } = node.evidence;
    const flagged = status !== 'ok';
    const item = new vscode.TreeItem(element.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.keyOf(node);
    const total = winsText(node.entries.size);
    item.description = flagged ? `${total} · ${gap}` : total;
    item.iconPath = flagged
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
      : new vscode.ThemeIcon(element.icon);
    item.contextValue = flagged ? 'element flagged' : 'element';
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${escape(element.label)}** · \`${element.id}\`\n\n`);
    tooltip.appendMarkdown(`${escape(element.description)}\n\n`);
    tooltip.appendMarkdown(`${count} ${count === 1 ? 'win' : 'wins'} ${escape(this.service.period.label)} (${strong} with a measured result).\n\n`);
    if (flagged) {
      tooltip.appendMarkdown(`$(warning) **Needs evidence: ${escape(gap)}.** Log a win that answers:\n\n`);
      for (const prompt of element.prompts) {
        tooltip.appendMarkdown(`- ${escape(prompt)}\n`);
      }
    }
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `${element.label}, ${total}${flagged ? `, needs evidence: ${gap}` : ''}` };
    return item;
  }

  private keyOf(node: Exclude<JournalTreeNode, EntryNode>): string {
    switch (node.kind) {
      case 'element':
        return `element:${node.evidence.element.id}`;
      case 'period':
        return `period:${node.bucket.key}`;
      default:
        return node.kind;
    }
  }
}

const GROUPS = {
  untagged: { label: 'Untagged', icon: 'question', tooltip: 'Entries with no strategic element: tag them so they count as evidence.' },
  problems: { label: 'Problems', icon: 'error', tooltip: 'Entries the journal cannot fully read. Each says what is wrong.' },
  undated: { label: 'No date', icon: 'calendar', tooltip: 'Entries without a date: add `date: YYYY-MM-DD` to place them in a period.' },
} as const;

function groupItem(node: GroupNode, id: string): vscode.TreeItem {
  const group = GROUPS[node.kind];
  const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = id;
  item.description = String(node.entries.size);
  item.tooltip = group.tooltip;
  item.iconPath = new vscode.ThemeIcon(group.icon, node.kind === 'problems' ? new vscode.ThemeColor('list.errorForeground') : undefined);
  item.contextValue = node.kind;
  return item;
}

function entryItem(node: EntryNode, today: string): vscode.TreeItem {
  const { entry, uri } = node.located;
  const item = new vscode.TreeItem(entry.title, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.parentKey}/${uri.toString()}`;
  item.resourceUri = uri;
  const day = entry.date ? shortDay(entry.date, today) : 'no date';
  item.description = node.showProblems ? entry.problems[0].message : isStrongEntry(entry) ? day : `${day} · ${WEAK_HINT}`;
  item.iconPath = new vscode.ThemeIcon(node.showProblems ? 'warning' : 'note');
  item.tooltip = entryTooltip(entry);
  item.contextValue = 'entry';
  item.command = { command: 'vscode.open', title: 'Open Entry', arguments: [uri] };
  return item;
}

/** Shown on entries that state no measurable outcome: the one edit that makes a win convincing. */
const WEAK_HINT = 'add the result you measured';

function entryTooltip(entry: JournalEntry): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escape(entry.title)}**${entry.date ? ` · ${entry.date}` : ''}\n\n`);
  if (!isStrongEntry(entry)) {
    tooltip.appendMarkdown('$(lightbulb) Add the result you measured to `impact` or `metrics`: a number, a percentage or an amount makes the win convincing.\n\n');
  }
  if (entry.impact) {
    tooltip.appendMarkdown(`**Impact:** ${escape(entry.impact)}\n\n`);
  }
  for (const metric of entry.metrics) {
    tooltip.appendMarkdown(`- ${escape(metric)}\n`);
  }
  if (entry.problems.length > 0) {
    tooltip.appendMarkdown('\n**Problems:**\n\n');
    for (const problem of entry.problems) {
      tooltip.appendMarkdown(`- $(warning) ${escape(problem.message)}\n`);
    }
  }
  tooltip.appendMarkdown(`\n\n\`${entry.path}\``);
  return tooltip;
}

function winsText(count: number): string {
  return `${count} ${count === 1 ? 'win' : 'wins'}`;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
