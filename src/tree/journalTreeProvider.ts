import * as vscode from 'vscode';
import { newestFirst } from '../core/evidence/entryOrder';
import type { JournalEntry } from '../core/entries/entry';
import { needsEvidence } from '../core/evidence/evidence';
import { periodBucket } from '../core/dates/periods';
import {
  elementAccessibilityLabel,
  elementRowDescription,
  elementTooltip,
  elementTreeLabel,
  entryDescription,
  entryLabel,
  entryTooltip,
  groupDescription,
  lookAlikeTitles,
} from '../core/render/treeText';
import type { StrategicElement } from '../core/elements/elements';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';
import { toMarkdownString } from '../util/markdownString';
import type { ElementNode, EntryNode, FlagsNode, GroupNode, JournalTreeNode } from './treeNodes';

export type TreeGrouping = 'element' | 'period';

const GROUPING_KEY = 'promotionJournal.grouping';
export const VIEW_ID = 'promotionJournal.wins';

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
    if (node.kind === 'flags') {
      return [...node.elements];
    }
    const parentKey = this.keyOf(node);
    const entries = [...node.entries].sort(newestFirst); // the report's order: newest first, then by path
    const lookAlike = lookAlikeTitles(entries.map((entry) => entry.title));
    return entries.map((entry) => ({
      kind: 'entry',
      located: this.service.locate(entry),
      parentKey,
      showProblems: node.kind === 'problems',
      looksAlike: lookAlike.has(entry.title),
    }));
  }

  getTreeItem(node: JournalTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'element':
        return this.elementItem(node);
      case 'period': {
        const item = new vscode.TreeItem(node.bucket.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = this.keyOf(node);
        item.description = groupDescription(node.entries.size);
        item.iconPath = new vscode.ThemeIcon('calendar');
        item.contextValue = 'period';
        return item;
      }
      case 'untagged':
      case 'problems':
      case 'undated':
        return groupItem(node, this.keyOf(node));
      case 'flags':
        return this.flagsItem(node);
      case 'entry':
        return entryItem(node, this.service.today, this.service.elements);
    }
  }

  /** For reveal: an entry's parent is the node it was listed under; an element's, the flags while grouped by period. */
  getParent(node: JournalTreeNode): JournalTreeNode | undefined {
    if (node.kind === 'entry') {
      return this.parentCandidates().find((parent) => this.keyOf(parent) === node.parentKey);
    }
    if (node.kind === 'element' && this.groupingMode === 'period') {
      return this.rootNodes().find((root) => root.kind === 'flags');
    }
    return undefined;
  }

  /**
   * The row of the entry in this file, as the Explorer would reveal it: under
   * the first of its elements (or its period) that lists it, else under
   * Untagged, No date or Problems. Undefined when the file is no entry.
   */
  entryNodeFor(uri: vscode.Uri): EntryNode | undefined {
    if (!this.service.hasJournal) {
      return undefined;
    }
    const key = uri.toString();
    const located = [...this.service.entries()].find((candidate) => candidate.uri.toString() === key);
    if (!located) {
      return undefined;
    }
    const parent = this.parentCandidates().find((candidate) => candidate.kind !== 'flags' && candidate.entries.has(located.entry));
    const child = parent && this.getChildren(parent).find((node) => node.kind === 'entry' && node.located.entry === located.entry);
    return child?.kind === 'entry' ? child : undefined;
  }

  /** Every node that lists entries, in the order of the tree. */
  private parentCandidates(): Exclude<JournalTreeNode, EntryNode>[] {
    return this.rootNodes().flatMap((root): Exclude<JournalTreeNode, EntryNode>[] => (root.kind === 'flags' ? [...root.elements] : root.kind === 'entry' ? [] : [root]));
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

  private elementNodes(): ElementNode[] {
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
    const flagged = this.elementNodes().filter((node) => needsEvidence(node.evidence));
    const nodes: JournalTreeNode[] = flagged.length > 0 ? [{ kind: 'flags', elements: flagged }] : [];
    nodes.push(
      ...[...buckets.values()]
        .sort((a, b) => (a.bucket.key < b.bucket.key ? 1 : -1))
        .map(({ bucket, entries }): JournalTreeNode => ({ kind: 'period', bucket, entries })),
    );
    if (undated.size > 0) {
      nodes.push({ kind: 'undated', entries: undated });
    }
    return nodes;
  }

  /** Its numbers come from the report's evidence (core/treeText): the same as the status bar's, the dashboard's and the CLI's. */
  private elementItem(node: Extract<JournalTreeNode, { kind: 'element' }>): vscode.TreeItem {
    const { evidence } = node;
    const period = this.service.period;
    const flagged = needsEvidence(evidence);
    const item = new vscode.TreeItem(elementTreeLabel(evidence.element), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.keyOf(node);
    item.description = elementRowDescription(evidence, this.service.settings.thresholds.minEntries, this.service.today);
    item.iconPath = flagged
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
      : new vscode.ThemeIcon(evidence.element.icon);
    item.contextValue = flagged ? 'element flagged' : 'element';
    item.tooltip = toMarkdownString(elementTooltip(evidence, period));
    item.accessibilityInformation = { label: elementAccessibilityLabel(evidence, period) };
    return item;
  }

  private flagsItem(node: FlagsNode): vscode.TreeItem {
    const item = new vscode.TreeItem('Needs evidence', vscode.TreeItemCollapsibleState.Expanded);
    item.id = this.keyOf(node);
    item.description = `${node.elements.length} of ${this.service.elements.length} ${this.service.period.label}`;
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    item.tooltip = 'The elements with too little evidence for the review period. Group by Element to see every element.';
    item.contextValue = 'flags';
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
  item.description = groupDescription(node.entries.size);
  item.tooltip = group.tooltip;
  item.iconPath = new vscode.ThemeIcon(group.icon, node.kind === 'problems' ? new vscode.ThemeColor('list.errorForeground') : undefined);
  item.contextValue = node.kind;
  return item;
}

function entryItem(node: EntryNode, today: string, elements: readonly StrategicElement[]): vscode.TreeItem {
  const { entry, uri } = node.located;
  const item = new vscode.TreeItem(entryLabel(entry, today, node.looksAlike), vscode.TreeItemCollapsibleState.None);
  item.id = `${node.parentKey}/${uri.toString()}`;
  item.resourceUri = uri;
  item.description = entryDescription(entry, today, node.showProblems);
  item.iconPath = new vscode.ThemeIcon(node.showProblems ? 'warning' : 'note');
  item.tooltip = toMarkdownString(entryTooltip(entry, elements));
  item.contextValue = 'entry';
  item.command = { command: 'vscode.open', title: 'Open Entry', arguments: [uri] };
  return item;
}
