import * as vscode from 'vscode';
import type { PromotionJournalApi } from '../../src/extension';
import type { JournalTreeNode } from '../../src/tree/treeNodes';
import { EventLoopWatchdog } from './eventLoopWatchdog';

const EXTENSION_ID = 'promotion-journal.promotion-journal';
/** Expanding a node again is cheaper (the JIT has seen it): report the first time and the typical one. */
const EXPAND_RUNS = 5;

export interface ActivationFigures {
  /** True when VS Code activated the extension before the bench could start its clock: the times then mean little. */
  readonly activeBeforeBench: boolean;
  /** The extension host's Node, which is VS Code's, not the one running the bench. */
  readonly node: string;
  readonly entries: number;
  /** From the call to activate() until it returned the API. */
  readonly activateMs: number;
  /** From the call to activate() until every journal is indexed. */
  readonly readyMs: number;
  /**
   * From the call to activate() until the tree first shows wins: the journal
   * loads in slices, and the tree renders the first one while the rest is read.
   */
  readonly firstRenderMs: number;
  /** From the call to activate() until the tree shows the whole journal. */
  readonly completeRenderMs: number;
  /** Longest event-loop block in the extension host from activation to first render. */
  readonly longestBlockMs: number;
  /** The longest block inside activate(): loading the bundle and wiring the parts. */
  readonly activationBlockMs: number;
  /** The longest block after activate() returned until the journal was indexed. */
  readonly indexingBlockMs: number;
  /** The first render itself, which runs in one piece once the journal is indexed. */
  readonly renderMs: number;
  readonly largestElement: {
    readonly id: string;
    readonly entries: number;
    /** getChildren(element): its entry nodes, sorted. */
    readonly firstChildrenMs: number;
    readonly medianChildrenMs: number;
    /** getChildren plus getTreeItem for every child, which VS Code asks for before it shows the rows. */
    readonly medianChildrenWithItemsMs: number;
  };
}

/** The tree's rows as VS Code builds them: the nodes, then an item for each. */
function render(api: PromotionJournalApi, node?: JournalTreeNode): JournalTreeNode[] {
  const children = api.tree.getChildren(node);
  for (const child of children) {
    api.tree.getTreeItem(child);
  }
  return children;
}

function largestElementNode(roots: readonly JournalTreeNode[]): Extract<JournalTreeNode, { kind: 'element' }> {
  const elements = roots.filter((node): node is Extract<JournalTreeNode, { kind: 'element' }> => node.kind === 'element');
  if (elements.length === 0) {
    throw new Error('the tree shows no element: is the journal folder set?');
  }
  return elements.reduce((largest, node) => (node.entries.size > largest.entries.size ? node : largest));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Activates the extension on the open workspace's journal and times it up to the first render of the tree. */
export async function measureActivation(): Promise<ActivationFigures> {
  const extension = vscode.extensions.getExtension<PromotionJournalApi>(EXTENSION_ID);
  if (!extension) {
    throw new Error(`${EXTENSION_ID} is not installed in the extension host`);
  }
  const activeBeforeBench = extension.isActive;
  const watchdog = new EventLoopWatchdog();
  watchdog.start();
  const started = performance.now();
  const api = await extension.activate();
  const activated = performance.now();
  const activationBlock = watchdog.lap();
  // The first render with wins in it: VS Code asks for the root after each change event.
  let firstRendered: number | undefined;
  const listener = api.tree.onDidChangeTreeData(() => {
    if (firstRendered === undefined && render(api).some((node) => node.kind === 'element' && node.entries.size > 0)) {
      firstRendered = performance.now();
    }
  });
  await api.service.ready();
  listener.dispose();
  const ready = performance.now();
  const indexingBlock = watchdog.lap();
  const roots = render(api);
  const rendered = performance.now();
  const renderBlock = watchdog.stop();

  const element = largestElementNode(roots);
  const childrenTimes: number[] = [];
  const renderTimes: number[] = [];
  for (let run = 0; run < EXPAND_RUNS; run++) {
    const before = performance.now();
    api.tree.getChildren(element);
    const between = performance.now();
    render(api, element);
    childrenTimes.push(between - before);
    renderTimes.push(performance.now() - between);
  }
  return {
    activeBeforeBench,
    node: process.version,
    entries: [...api.service.entries()].length,
    activateMs: activated - started,
    readyMs: ready - started,
    firstRenderMs: (firstRendered ?? rendered) - started,
    completeRenderMs: rendered - started,
    longestBlockMs: Math.max(activationBlock, indexingBlock, renderBlock),
    activationBlockMs: activationBlock,
    indexingBlockMs: indexingBlock,
    renderMs: rendered - ready,
    largestElement: {
      id: element.evidence.element.id,
      entries: element.entries.size,
      firstChildrenMs: childrenTimes[0],
      medianChildrenMs: median(childrenTimes),
      medianChildrenWithItemsMs: median(renderTimes),
    },
  };
}
