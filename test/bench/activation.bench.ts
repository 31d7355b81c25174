import * as vscode from 'vscode';
import type { ExtensionParts, PromotionJournalApi } from '../../src/extension';
import type { JournalTreeNode } from '../../src/tree/treeNodes';
import * as fs from 'fs';
import { CpuProfiler } from './cpuProfiler';
import { EventLoopWatchdog, threadCpuMs, threadSchedstat } from './eventLoopWatchdog';

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
  /**
   * From the call to activate() until VS Code called the extension's own
   * activate() function: VS Code's activation (the extension's storage and
   * context) and loading the bundle, before any of the extension's wiring.
   */
  readonly beforeOwnActivateMs: number;
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
  /**
   * From the call to activate() until the extension's report (JSON form) first
   * equals the command line's report of the same journal; undefined without one
   * to compare with (PJ_BENCH_EXPECTED_REPORT).
   */
  readonly flagsCorrectMs?: number;
  /** CPU time of the extension host's main thread from activate() until ready. */
  readonly mainThreadCpuMs: number;
  /** Time the main thread was ready to run but waited for a core (Linux only): the machine's load, not our work. */
  readonly runQueueWaitMs?: number;
  /** The longest block counting only the thread's own running time in it (see EventLoopWatchdog). */
  readonly longestOwnBlockMs: number;
  /** The same inside activate(), and after it until ready. */
  readonly activationOwnBlockMs: number;
  readonly indexingOwnBlockMs: number;
  /** The service's change events until ready: each one makes the tree, status bar and diagnostics update. */
  readonly changeEvents: number;
  /** Whether the flags came from the report the start before saved, of the same files, before the entries were in. */
  readonly savedReportShown?: boolean;
  /** Entries reused and files read by the whole loads; `withoutWorker`: every journal loaded on the extension host's thread, without waiting on a worker. */
  readonly savedIndex?: { readonly reused: number; readonly read: number; readonly withoutWorker: boolean };
  /** The extension host's memory once ready (its worker threads included in the RSS), and the process's high-water RSS. */
  readonly memory: { readonly rssMb: number; readonly heapUsedMb: number; readonly maxRssMb: number };
  /** With a CPU profile: when activate() was called and the flags were correct, on the profile's clock (µs). */
  readonly profileMarks?: { readonly activateUs: number; readonly flagsCorrectUs: number; readonly longestOwnBlock: { readonly startUs: number; readonly endUs: number } };
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
function render(api: ExtensionParts, node?: JournalTreeNode): JournalTreeNode[] {
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

/** The command line's `report --json` of the same journal, when the bench gives one (PJ_BENCH_EXPECTED_REPORT). */
function expectedReport(): unknown {
  const file = process.env.PJ_BENCH_EXPECTED_REPORT;
  return file ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

/** The clock V8's profiler stamps its samples with (the monotonic clock, in microseconds). */
function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

function sameJson(actual: unknown, expected: unknown): boolean {
  return JSON.stringify(actual) === JSON.stringify(expected);
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
  const expected = expectedReport();
  const profiler = process.env.PJ_BENCH_PROFILE ? new CpuProfiler(Number(process.env.PJ_BENCH_PROFILE_US) || undefined) : undefined;
  await profiler?.start();
  const watchdog = new EventLoopWatchdog();
  watchdog.start();
  const cpuBefore = threadCpuMs();
  const waitBefore = threadSchedstat()?.waitMs;
  const started = performance.now();
  const startedUs = monotonicUs();
  const publicApi = await extension.activate();
  if (!publicApi.testParts) {
    throw new Error('the extension hands its parts only to tests: run this through `npm run bench`');
  }
  const api = publicApi.testParts;
  const activated = performance.now();
  const activationBlock = watchdog.lapDetail();
  let changeEvents = 0;
  let flagsCorrect: number | undefined;
  let flagsCorrectUs: number | undefined;
  const changes = api.service.onDidChange(() => {
    changeEvents++;
    const now = performance.now();
    // Flags show once loading ends, or the report the start before saved of the same files is shown (the status bar says "Reading journal" until then).
    if (flagsCorrect === undefined && expected !== undefined && api.service.flagsReady && sameJson(publicApi.report(), expected)) {
      flagsCorrect = now;
      flagsCorrectUs = monotonicUs();
    }
  });
  // The first render with wins in it: VS Code asks for the root after each change event.
  let firstRendered: number | undefined;
  const listener = api.tree.onDidChangeTreeData(() => {
    if (firstRendered === undefined && render(api).some((node) => node.kind === 'element' && node.entries.size > 0)) {
      firstRendered = performance.now();
    }
  });
  await api.service.ready();
  listener.dispose();
  changes.dispose();
  const ready = performance.now();
  const readyUs = monotonicUs();
  const mainThreadCpuMs = threadCpuMs() - cpuBefore;
  const usage = process.memoryUsage();
  const memory = { rssMb: usage.rss / 1048576, heapUsedMb: usage.heapUsed / 1048576, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  const waitAfter = threadSchedstat()?.waitMs;
  const indexingBlock = watchdog.lapDetail();
  const roots = render(api);
  const rendered = performance.now();
  const renderBlock = watchdog.stopDetail();
  if (profiler) {
    fs.writeFileSync(process.env.PJ_BENCH_PROFILE!, JSON.stringify(await profiler.stop()));
  }
  if (expected !== undefined && flagsCorrect === undefined && !sameJson(publicApi.report(), expected)) {
    throw new Error(`the extension's report differs from the command line's:\n${JSON.stringify(publicApi.report())}`);
  }

  const wholeLoads = api.service.allJournals().map((journal) => journal.files.lastWholeLoad);
  const counts = await Promise.all(wholeLoads.map((load) => load?.counts));
  const savedIndex = counts.every((count) => count !== undefined)
    ? {
        reused: counts.reduce((sum, count) => sum + count!.reused, 0),
        read: counts.reduce((sum, count) => sum + count!.read, 0),
        withoutWorker: wholeLoads.every((load) => load?.byWorker === false),
      }
    : undefined;
  // A session outlives the saving of the index and the report: the next start (a warm one) finds them.
  await Promise.all(wholeLoads.map((load) => load?.finished));
  const savedReport = api.service.lastSavedReport;
  const savedReportShown = savedReport?.shown;
  await savedReport?.saved;

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
    beforeOwnActivateMs: api.activateCalledAt - started,
    readyMs: ready - started,
    firstRenderMs: (firstRendered ?? rendered) - started,
    completeRenderMs: rendered - started,
    longestBlockMs: Math.max(activationBlock.wallMs, indexingBlock.wallMs, renderBlock.wallMs),
    activationBlockMs: activationBlock.wallMs,
    indexingBlockMs: indexingBlock.wallMs,
    renderMs: rendered - ready,
    // Equal at ready when the last change event came before the comparison could run.
    flagsCorrectMs: expected === undefined ? undefined : (flagsCorrect ?? ready) - started,
    mainThreadCpuMs,
    runQueueWaitMs: waitBefore === undefined || waitAfter === undefined ? undefined : waitAfter - waitBefore,
    longestOwnBlockMs: Math.max(activationBlock.ownMs, indexingBlock.ownMs, renderBlock.ownMs),
    activationOwnBlockMs: activationBlock.ownMs,
    indexingOwnBlockMs: indexingBlock.ownMs,
    changeEvents,
    savedIndex,
    savedReportShown,
    memory,
    profileMarks: profiler
      ? { activateUs: startedUs, flagsCorrectUs: flagsCorrectUs ?? readyUs, longestOwnBlock: [activationBlock, indexingBlock, renderBlock].reduce((a, b) => (b.ownMs > a.ownMs ? b : a)).ownSpan }
      : undefined,
    largestElement: {
      id: element.evidence.element.id,
      entries: element.entries.size,
      firstChildrenMs: childrenTimes[0],
      medianChildrenMs: median(childrenTimes),
      medianChildrenWithItemsMs: median(renderTimes),
    },
  };
}
