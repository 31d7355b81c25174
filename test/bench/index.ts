// The --extensionTestsPath module of the workbench benchmark
// (scripts/bench/workbenchBench.js): VS Code calls run() inside the extension
// host. It measures, writes the figures to the file named by PJ_BENCH_RESULT,
// and fails only when it could not measure. PJ_BENCH_MODE=read-strategies
// runs the reading experiment (readStrategies.bench.ts) instead of activation;
// PJ_BENCH_MODE=at-start runs the command PJ_BENCH_COMMAND names instead, the
// extension left inactive (atStart.bench.ts).
// PJ_BENCH_SETTLE=1 activates only once the machine has settled after the
// workbench's own start (machineSettled.ts).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { measureActivation } from './activation.bench';
import { runAtStart, type AtStartCommand } from './atStart.bench';
import { machineSettled } from './machineSettled';
import { measureReadStrategies } from './readStrategies.bench';

function journalFolder(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('the workbench benchmark needs a workspace folder');
  }
  const setting = vscode.workspace.getConfiguration('promotionJournal', folder.uri).get<string>('journalFolder', 'journal');
  return path.resolve(folder.uri.fsPath, setting);
}

function measure(mode: string | undefined, settling: unknown): Promise<unknown> {
  if (mode === 'read-strategies') {
    return measureReadStrategies(journalFolder());
  }
  if (mode === 'at-start') {
    return runAtStart(JSON.parse(process.env.PJ_BENCH_COMMAND ?? 'null') as AtStartCommand);
  }
  return measureActivation().then((figures) => ({ ...figures, settling }));
}

export async function run(): Promise<void> {
  const resultFile = process.env.PJ_BENCH_RESULT;
  if (!resultFile) {
    throw new Error('PJ_BENCH_RESULT names the file for the figures; run this through `npm run bench`');
  }
  const settling = process.env.PJ_BENCH_SETTLE === '1' ? await machineSettled() : undefined;
  const figures = await measure(process.env.PJ_BENCH_MODE, settling);
  fs.writeFileSync(resultFile, JSON.stringify(figures, null, 2));
  console.log(`[bench] ${JSON.stringify(figures)}`);
}
