import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ExportedPacket } from '../../src/commands/exportPacketCommand';
import { activateExtension, errorMessagesDuring, exists, journalUri, read, waitFor, workspaceUri, write, type ExtensionUnderTest } from './helpers';

const RUNS = [1, 2, 3, 4, 5];

async function namesIn(folder: vscode.Uri, prefix: string): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).filter((name) => name.startsWith(prefix)).sort();
}

suite('New files never replace a file', () => {
  let api: ExtensionUnderTest;
  const created: vscode.Uri[] = [];

  suiteSetup(async () => {
    api = await activateExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created.splice(0)) {
      await vscode.workspace.fs.delete(uri, { recursive: true });
    }
    // Later suites count entries: wait until the journal no longer holds the ones written here.
    await waitFor(
      () => [...api.service.entries()].filter(({ entry }) => entry.title === 'Pressed twice, or five times').length,
      (count) => count === 0,
    );
  });

  test('five Log Strategic Win calls at once with one title give five entries, each with its own content', async () => {
    const uris = await Promise.all(
      RUNS.map((run) =>
        vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', {
          title: 'Pressed twice, or five times',
          elements: ['iterate-adapt'],
          impact: `Run ${run}`,
          date: '2019-05-06',
        }),
      ),
    );
    created.push(...uris.filter(Boolean));
    assert.strictEqual(new Set(uris.map(String)).size, 5, uris.map(String).join('\n'));
    created.push(journalUri('2019'));
    assert.deepStrictEqual(await namesIn(journalUri('2019'), '2019-05-06-pressed'), [
      '2019-05-06-pressed-twice-or-five-times-2.md',
      '2019-05-06-pressed-twice-or-five-times-3.md',
      '2019-05-06-pressed-twice-or-five-times-4.md',
      '2019-05-06-pressed-twice-or-five-times-5.md',
      '2019-05-06-pressed-twice-or-five-times.md',
    ]);
    for (const [index, uri] of uris.entries()) {
      assert.match(await read(uri), new RegExp(`^---\\ntitle: Pressed twice, or five times\\ndate: 2019-05-06\\nelements: \\[iterate-adapt\\]\\nimpact: Run ${RUNS[index]}\\n---\\n`));
    }
    const impacts = await waitFor(
      () => [...api.service.entries()].filter(({ entry }) => entry.title === 'Pressed twice, or five times').map(({ entry }) => entry.impact).sort(),
      (found) => found.length === 5,
    );
    assert.deepStrictEqual(impacts, ['Run 1', 'Run 2', 'Run 3', 'Run 4', 'Run 5'], 'the journal holds all five');
  });

  test('a new entry lands in the sub-folder the journal mostly uses, or the one the setting names', async () => {
    const followed = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Follows the journal', elements: ['iterate-adapt'], date: '2026-08-03' });
    created.push(followed);
    assert.strictEqual(followed.toString(), journalUri('2026', '2026-08-03-follows-the-journal.md').toString(), 'the journal keeps its entries in a folder per year');
    const config = vscode.workspace.getConfiguration('promotionJournal');
    await config.update('newEntryFolder', '{year}/Q{quarter}', vscode.ConfigurationTarget.Workspace);
    try {
      const quarterly = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'By quarter', elements: ['iterate-adapt'], date: '2026-08-03' });
      created.push(journalUri('2026', 'Q3'));
      assert.strictEqual(quarterly.toString(), journalUri('2026', 'Q3', '2026-08-03-by-quarter.md').toString());
      assert.ok(await exists(quarterly));
      await config.update('newEntryFolder', 'none', vscode.ConfigurationTarget.Workspace);
      const flat = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Flat', elements: ['iterate-adapt'], date: '2026-08-03' });
      created.push(flat);
      assert.strictEqual(flat.toString(), journalUri('2026-08-03-flat.md').toString());
    } finally {
      await config.update('newEntryFolder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('five Export Promotion Packet calls at once give five whole packets, each with its own web page', async () => {
    const packets = await Promise.all(
      RUNS.map(() => vscode.commands.executeCommand<ExportedPacket>('promotionJournal.exportPacket', { period: '2019-01-01..2019-12-31', destination: 'file' })),
    );
    created.push(...packets.filter(Boolean).flatMap((packet) => [packet.uri, ...(packet.html ? [packet.html] : [])]));
    assert.strictEqual(new Set(packets.map((packet) => packet.uri.toString())).size, 5);
    const base = `${api.service.today}-promotion-packet-2019-01-01-to-2019-12-31`;
    const names = ['', '-2', '-3', '-4', '-5'].map((suffix) => `${base}${suffix}`);
    assert.deepStrictEqual(await namesIn(workspaceUri(), base), names.flatMap((name) => [`${name}.html`, `${name}.md`]).sort());
    for (const packet of packets) {
      assert.strictEqual(packet.html?.path, packet.uri.path.replace(/\.md$/, '.html'), 'each page has its packet\'s name');
    }
    const texts = await Promise.all(packets.map((packet) => read(packet.uri)));
    assert.match(texts[0], /^# Promotion packet: 1 Jan – 31 Dec 2019\n[^]*## Evidence gaps/);
    assert.deepStrictEqual(texts, RUNS.map(() => texts[0]), 'each packet is whole');
    const pages = await Promise.all(packets.map((packet) => read(packet.html!)));
    assert.ok(pages[0].startsWith('<!DOCTYPE html>') && pages[0].trimEnd().endsWith('</html>'));
    assert.deepStrictEqual(pages, RUNS.map(() => pages[0]), 'each page is whole');
  });

  test('a packet whose web page name is taken by a file of the user keeps both: the pair moves to the next free name', async () => {
    const base = `${api.service.today}-promotion-packet-2018-01-01-to-2018-12-31`;
    const mine = vscode.Uri.joinPath(workspaceUri(), `${base}.html`);
    await write(mine, '<p>my own page</p>');
    created.push(mine);
    const packet = await vscode.commands.executeCommand<ExportedPacket>('promotionJournal.exportPacket', { period: '2018-01-01..2018-12-31', destination: 'file' });
    created.push(packet.uri, ...(packet.html ? [packet.html] : []));
    assert.ok(packet.uri.path.endsWith(`/${base}-2.md`), packet.uri.path);
    assert.ok(packet.html?.path.endsWith(`/${base}-2.html`), packet.html?.path);
    assert.strictEqual(await read(mine), '<p>my own page</p>');
  });

  test('a journal folder that cannot be created gets one plain message, and nothing is written', async () => {
    // Root ignores read-only folders, so the failure here is a path through a file: the unwritable-folder
    // codes (EROFS, EACCES, NoPermissions ...) are covered by the unit tests of describeWriteFailure.
    const file = vscode.Uri.joinPath(workspaceUri(), 'plain-file.txt');
    await write(file, 'not a folder\n');
    created.push(file);
    const config = vscode.workspace.getConfiguration('promotionJournal');
    await config.update('journalFolder', 'plain-file.txt/journal', vscode.ConfigurationTarget.Workspace);
    try {
      let result: unknown = 'not run';
      const messages = await errorMessagesDuring(async () => {
        result = await vscode.commands.executeCommand('promotionJournal.logWin', { title: 'Nowhere to go', elements: ['iterate-adapt'], date: '2019-05-07' });
      });
      assert.strictEqual(result, undefined);
      assert.deepStrictEqual(messages, ['Cannot write plain-file.txt/journal: part of its path is a file, not a folder. Nothing was written; check the path.']);
      assert.strictEqual(await read(file), 'not a folder\n');
      assert.strictEqual(await exists(journalUri('2019-05-07-nowhere-to-go.md')), false);
    } finally {
      await config.update('journalFolder', undefined, vscode.ConfigurationTarget.Workspace);
      await api.service.ready();
    }
  });
});
