import { closeSync, fstatSync, openSync, promises as fsPromises, readdirSync, readSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import { ElementMatcher } from '../../src/core/elements/elements';
import { entryFromBytes } from '../../src/core/journal/journalIndex';
import { EventLoopWatchdog, threadCpuMs } from './eventLoopWatchdog';

/**
 * An experiment inside the real extension host, before the reading code is
 * changed: how long reading (and parsing) every file of the journal takes by
 * each way the extension could read it, and how long the event loop blocks
 * meanwhile. The extension itself is not activated.
 */
export interface StrategyFigures {
  readonly strategy: string;
  readonly files: number;
  readonly wallMs: number;
  /** CPU time of the main thread (a worker's own time is not in it). */
  readonly mainThreadCpuMs: number;
  readonly longestBlockMs: number;
  readonly longestOwnBlockMs: number;
}

/** Slices of synchronous work end after this long, so the event loop stays free. */
const SLICE_MS = 8;
const VSCODE_PARALLEL = 128;
const NODE_PARALLEL = 32;
const WORKER_BATCH = 500;

function listEntries(root: string, relative = ''): string[] {
  const paths: string[] = [];
  for (const child of readdirSync(path.join(root, relative), { withFileTypes: true })) {
    const childPath = relative ? `${relative}/${child.name}` : child.name;
    if (child.isDirectory() && !child.name.startsWith('.')) {
      paths.push(...listEntries(root, childPath));
    } else if (child.isFile() && /\.md$/i.test(child.name)) {
      paths.push(childPath);
    }
  }
  return paths;
}

async function listWithVscode(root: vscode.Uri): Promise<string[]> {
  const paths: string[] = [];
  const visit = async (uri: vscode.Uri, relative: string): Promise<void> => {
    const children = await vscode.workspace.fs.readDirectory(uri);
    await Promise.all(
      children.map(async ([name, type]) => {
        const childPath = relative ? `${relative}/${name}` : name;
        if (type & vscode.FileType.Directory && !name.startsWith('.')) {
          await visit(vscode.Uri.joinPath(uri, name), childPath);
        } else if (type & vscode.FileType.File && /\.md$/i.test(name)) {
          paths.push(childPath);
        }
      }),
    );
  };
  await visit(root, '');
  return paths;
}

function readSyncBytes(file: string): Uint8Array {
  const descriptor = openSync(file, 'r');
  try {
    const bytes = new Uint8Array(fstatSync(descriptor).size);
    readSync(descriptor, bytes, 0, bytes.byteLength, 0);
    return bytes;
  } finally {
    closeSync(descriptor);
  }
}

async function inParallel(paths: readonly string[], parallel: number, read: (relative: string) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      await read(paths[next++]);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** Synchronous work in slices of SLICE_MS, yielding to the event loop between them. */
async function inSlices(paths: readonly string[], work: (relative: string) => void): Promise<void> {
  let index = 0;
  while (index < paths.length) {
    const sliceEnd = performance.now() + SLICE_MS;
    while (index < paths.length && performance.now() < sliceEnd) {
      work(paths[index++]);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function inWorker(root: string, paths: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    let received = 0;
    const worker = new Worker(path.join(__dirname, 'readWorker.js'), { workerData: { root, paths, batch: WORKER_BATCH } });
    worker.on('message', (message: unknown[] | 'done') => {
      if (message === 'done') {
        void worker.terminate();
        resolve(received);
      } else {
        received += message.length;
      }
    });
    worker.on('error', reject);
  });
}

async function measure(strategy: string, run: () => Promise<unknown>, files: number): Promise<StrategyFigures> {
  const watchdog = new EventLoopWatchdog();
  watchdog.start();
  const cpuBefore = threadCpuMs();
  const started = performance.now();
  await run();
  const wallMs = performance.now() - started;
  const mainThreadCpuMs = threadCpuMs() - cpuBefore;
  const block = watchdog.stopDetail();
  return { strategy, files, wallMs, mainThreadCpuMs, longestBlockMs: block.wallMs, longestOwnBlockMs: block.ownMs };
}

export async function measureReadStrategies(journalFolder: string, rounds = 2): Promise<StrategyFigures[]> {
  const root = journalFolder;
  const rootUri = vscode.Uri.file(root);
  const paths = listEntries(root);
  const matcher = new ElementMatcher();
  const strategies: [string, () => Promise<unknown>][] = [
    ['list: vscode.workspace.fs.readDirectory', () => listWithVscode(rootUri)],
    ['list: Node readdirSync', async () => listEntries(root)],
    [`read: vscode.workspace.fs.readFile, ${VSCODE_PARALLEL} in flight`, () => inParallel(paths, VSCODE_PARALLEL, (relative) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(rootUri, ...relative.split('/')))))],
    [`read: Node fs.promises.readFile, ${NODE_PARALLEL} in flight`, () => inParallel(paths, NODE_PARALLEL, (relative) => fsPromises.readFile(path.join(root, relative)))],
    [`read: Node sync calls in ${SLICE_MS} ms slices`, () => inSlices(paths, (relative) => readSyncBytes(path.join(root, relative)))],
    [`read + parse: Node sync calls in ${SLICE_MS} ms slices`, () => inSlices(paths, (relative) => entryFromBytes(relative, readSyncBytes(path.join(root, relative)), matcher))],
    [`read + parse: a worker thread, batches of ${WORKER_BATCH} posted back`, () => inWorker(root, paths)],
  ];
  const figures: StrategyFigures[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of strategies) {
      figures.push(await measure(name, run, paths.length));
    }
  }
  return figures;
}
