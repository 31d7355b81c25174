import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { JournalService } from '../../src/journal/journalService';
import { MAX_READS_ON_THIS_THREAD } from '../../src/node/thisThreadLoad';
import { activateExtension, journalUri, waitFor, type ExtensionUnderTest } from './helpers';

/**
 * The index saved in the extension's storage, across a restart. The test
 * runner cannot restart VS Code, so a restart is a new service built as the
 * extension builds its own, from the same storage, after the first is
 * disposed: what a restart would build. Changes come from Node's fs while no
 * service runs.
 */
suite('Restart: the saved index never shows stale entries', () => {
  let api: ExtensionUnderTest;
  let folder: string;
  const entry = (title: string, element: string) => `---\ntitle: ${title}\ndate: 2026-10-15\nelements: [${element}]\n---\n\nBody.\n`;
  const longAgo = new Date(Date.now() - 10 * 60_000);

  function write(name: string, title: string, element: string): void {
    const file = path.join(folder, name);
    fs.writeFileSync(file, entry(title, element));
    fs.utimesSync(file, longAgo, longAgo); // written long before the stamping: trusted, as a journal at rest is
  }

  /** Loads as a restarted extension does; resolves once its index is saved for the next start. */
  async function start(): Promise<{ service: JournalService; counts: { reused: number; read: number } | undefined; indexFile: string | undefined; byWorker: boolean }> {
    const service = api.newService();
    await service.ready();
    const load = service.allJournals()[0].files.lastWholeLoad;
    assert.ok(load, 'the journal on disk loaded in one go');
    const counts = await load.counts;
    await load.finished;
    return { service, counts, indexFile: load.indexFile, byWorker: load.byWorker };
  }

  function restartEntries(service: JournalService): Record<string, string> {
    const found: Record<string, string> = {};
    for (const { entry: read } of service.entries()) {
      if (read.path.startsWith('restart/')) {
        found[read.path] = `${read.title}: ${read.elements.join(',')}`;
      }
    }
    return found;
  }

  suiteSetup(async () => {
    api = await activateExtension();
    folder = path.join(journalUri().fsPath, 'restart');
    fs.mkdirSync(folder, { recursive: true });
    write('edited.md', 'Edited', 'smart-goals');
    write('deleted.md', 'Deleted', 'smart-goals');
    write('renamed.md', 'Renamed', 'future-trends');
    write('same.md', 'Same', 'iterate-adapt');
  });

  suiteTeardown(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('edits, additions, deletions and renames made while closed all show after the restart, and nothing else is read again', async function () {
    this.timeout(20000);
    const first = await start();
    assert.deepStrictEqual(restartEntries(first.service), {
      'restart/deleted.md': 'Deleted: smart-goals',
      'restart/edited.md': 'Edited: smart-goals',
      'restart/renamed.md': 'Renamed: future-trends',
      'restart/same.md': 'Same: iterate-adapt',
    });
    first.service.dispose(); // closed

    write('edited.md', 'Edited while closed', 'measure-success');
    write('added.md', 'Added while closed', 'align-stakeholders');
    fs.rmSync(path.join(folder, 'deleted.md'));
    fs.renameSync(path.join(folder, 'renamed.md'), path.join(folder, 'renamed-now.md'));

    const second = await start();
    try {
      assert.deepStrictEqual(restartEntries(second.service), {
        'restart/added.md': 'Added while closed: align-stakeholders',
        'restart/edited.md': 'Edited while closed: measure-success',
        'restart/renamed-now.md': 'Renamed: future-trends',
        'restart/same.md': 'Same: iterate-adapt',
      });
      // The running extension follows the same changes through its watcher: once it has, both report alike.
      const restarted = JSON.stringify(second.service.report());
      const running = await waitFor(() => JSON.stringify(api.service.report()), (report) => report === restarted, 5000);
      assert.ok(running === restarted, "the same report as the running extension's");
      assert.ok(second.counts && second.counts.reused > 0, `saved entries were reused: ${JSON.stringify(second.counts)}`);
      assert.strictEqual(second.byWorker, false, "a few files changed while closed are read on the extension host's thread");
      // The edited, the added and the renamed file; plus any of the workspace's own files written just before the first start.
      assert.ok(second.counts && second.counts.read >= 3, `the changed files were read again: ${JSON.stringify(second.counts)}`);
    } finally {
      second.service.dispose();
    }
  });

  test('an unchanged journal is taken in from its saved index without the worker, and reports as the running extension', async function () {
    this.timeout(30000);
    // A start reads again the files modified just before the last index was saved: start until one reads none.
    let previous = await start();
    for (let tries = 0; tries < 5 && previous.counts?.read !== 0; tries++) {
      previous.service.dispose();
      previous = await start();
    }
    previous.service.dispose();
    const unchanged = await start();
    try {
      assert.strictEqual(unchanged.byWorker, false, `taken in on the extension host's thread: ${JSON.stringify(unchanged.counts)}`);
      assert.deepStrictEqual(unchanged.counts, { reused: [...unchanged.service.allJournals()[0].entries()].length, read: 0 });
      await api.service.ready();
      assert.strictEqual(JSON.stringify(unchanged.service.report()), JSON.stringify(api.service.report()));
    } finally {
      unchanged.service.dispose();
    }
  });

  /** A start that notes what it showed while its journal loaded: the report, and how many entries were in then. */
  async function startNotingEarly(whenShown?: (service: JournalService) => void): Promise<{ service: JournalService; early?: { report: string; evidence: string; entries: number }; shown?: boolean; saved?: boolean }> {
    const service = api.newService();
    let early: { report: string; evidence: string; entries: number } | undefined;
    const listening = service.onDidChange(() => {
      if (early === undefined && service.isLoading && service.flagsReady) {
        early = { report: JSON.stringify(service.reportJson()), evidence: JSON.stringify(service.evidence()), entries: [...service.entries()].length };
        whenShown?.(service);
      }
    });
    await service.ready();
    listening.dispose();
    const saving = service.lastSavedReport;
    return { service, early, shown: saving?.shown, saved: await saving?.saved };
  }

  test('a restart on unchanged files shows the report the last start saved before any entry is in, the same as when all are; a file edited while closed is never shown from it, and a change seen while it shows ends it', async function () {
    this.timeout(60000);
    // A start saves its report only when no file was modified in the seconds before it: start until one is shown.
    let restarted = await startNotingEarly();
    for (let tries = 0; tries < 6 && !restarted.shown; tries++) {
      restarted.service.dispose();
      await new Promise<void>((resolve) => setImmediate(resolve));
      restarted = await startNotingEarly();
    }
    try {
      assert.strictEqual(restarted.shown, true, 'a restart on unchanged files showed the saved report');
      assert.ok(restarted.early, 'the flags were ready while the journal loaded');
      assert.strictEqual(restarted.early.entries, 0, 'shown before any entry was taken in');
      assert.strictEqual(restarted.early.report, JSON.stringify(restarted.service.reportJson()), 'the same report as once every entry is in');
      assert.strictEqual(restarted.early.evidence, JSON.stringify(restarted.service.evidence()), "the same flags for the tree and the status bar as once every entry is in");
      await api.service.ready();
      assert.strictEqual(restarted.early.report, JSON.stringify(api.service.reportJson()), "the same report as the running extension's");
    } finally {
      restarted.service.dispose();
    }

    write('edited.md', 'Edited again while closed', 'future-trends');
    const edited = await startNotingEarly();
    try {
      assert.strictEqual(edited.shown, false, 'nothing saved was shown');
      assert.strictEqual(edited.early, undefined, 'no flags before the entries were in');
      assert.strictEqual(edited.saved, true, 'its own report saved for the next start');
      assert.strictEqual(restartEntries(edited.service)['restart/edited.md'], 'Edited again while closed: future-trends');
      const report = JSON.stringify(edited.service.reportJson());
      const running = await waitFor(() => JSON.stringify(api.service.reportJson()), (shown) => shown === report, 5000);
      assert.strictEqual(running, report, "the same report as the running extension's");
    } finally {
      edited.service.dispose();
    }
  
    // A change the extension sees while the saved report is shown (its own write, the watcher) ends it at once.
    let cleared: boolean | undefined;
    const written = await startNotingEarly((service) => {
      service.noteWritten(vscode.Uri.file(path.join(folder, 'same.md')));
      cleared = !service.flagsReady;
    });
    try {
      assert.strictEqual(written.shown, true, 'the report saved by the start before was shown');
      assert.strictEqual(cleared, true, 'and no longer once a change was seen');
    } finally {
      written.service.dispose();
    }
  });

  test(`more than ${MAX_READS_ON_THIS_THREAD} files to read: the worker loads the journal, and it reports as the running extension`, async function () {
    this.timeout(60000);
    const many = path.join(folder, 'many');
    fs.mkdirSync(many);
    try {
      for (let index = 0; index <= MAX_READS_ON_THIS_THREAD; index++) {
        write(`many/win-${index}.md`, `Win ${index}`, 'business-context');
      }
      const loaded = await start();
      try {
        assert.strictEqual(loaded.byWorker, true, `loaded by the worker: ${JSON.stringify(loaded.counts)}`);
        assert.ok(loaded.counts && loaded.counts.read > MAX_READS_ON_THIS_THREAD, `every new file was read: ${JSON.stringify(loaded.counts)}`);
        assert.strictEqual(restartEntries(loaded.service)[`restart/many/win-${MAX_READS_ON_THIS_THREAD}.md`], `Win ${MAX_READS_ON_THIS_THREAD}: business-context`);
        const restarted = JSON.stringify(loaded.service.report());
        const running = await waitFor(() => JSON.stringify(api.service.report()), (report) => report === restarted, 10000);
        assert.ok(running === restarted, "the same report as the running extension's");
      } finally {
        loaded.service.dispose();
      }
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });

  test('a corrupt saved index is ignored: everything is read, and read right', async function () {
    this.timeout(20000);
    const first = await start();
    first.service.dispose();
    assert.ok(first.indexFile && fs.existsSync(first.indexFile), 'the index was saved in the extension storage');
    assert.ok(!first.indexFile.startsWith(journalUri().fsPath), 'not in the journal folder');
    const saved = fs.readFileSync(first.indexFile, 'utf8');
    fs.writeFileSync(first.indexFile, saved.slice(0, saved.length / 2)); // truncated, as by a crash mid-write
    const second = await start();
    try {
      assert.strictEqual(second.counts?.reused, 0, 'nothing of the corrupt index was used');
      assert.strictEqual(restartEntries(second.service)['restart/same.md'], 'Same: iterate-adapt');
    } finally {
      second.service.dispose();
    }
  });
});
