// The --extensionTestsPath module of the workbench benchmark
// (scripts/bench/workbenchBench.js): VS Code calls run() inside the extension
// host. It measures, writes the figures to the file named by PJ_BENCH_RESULT,
// and fails only when it could not measure.
import * as fs from 'fs';
import { measureActivation } from './activation.bench';

export async function run(): Promise<void> {
  const resultFile = process.env.PJ_BENCH_RESULT;
  if (!resultFile) {
    throw new Error('PJ_BENCH_RESULT names the file for the figures; run this through `npm run bench`');
  }
  const figures = await measureActivation();
  fs.writeFileSync(resultFile, JSON.stringify(figures, null, 2));
  console.log(`[bench] ${JSON.stringify(figures)}`);
}
