// Runs the command line for the tests of `log` and `list`: in this process, or as the bundled bin in a child process.
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';

/** Compiled to out/test/unit: three levels up is the repository. */
export const ROOT = path.join(__dirname, '..', '..', '..');
export const BUNDLE = path.join(ROOT, 'dist', 'cli.js');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** In this process, from `cwd`, on a clock that says `today`; `io` adds the environment, a terminal, answers. */
export async function runInProcess(args: string[], cwd: string, today = '2026-06-20', io: Partial<CliIo> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), today: () => today, ...io });
  return { code, stdout, stderr };
}

/** The bundled bin with stdin a pipe (not a terminal), as a script or a cron job runs it. */
export function spawnBin(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  assert.ok(fs.existsSync(BUNDLE), `${BUNDLE} is missing: run \`node scripts/build.js\` before the unit tests`);
  const child = spawnSync(process.execPath, [BUNDLE, ...args], { cwd, env: childEnv(env), encoding: 'utf8', timeout: 30000, input: '' });
  assert.strictEqual(child.error, undefined);
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

/** Several bins at once: each is started before any is awaited, so that they race for real. */
export function spawnBinsAtOnce(argsList: string[][], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run[]> {
  return Promise.all(
    argsList.map(
      (args) =>
        new Promise<Run>((resolve, reject) => {
          const child = spawn(process.execPath, [BUNDLE, ...args], { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (chunk) => (stdout += chunk));
          child.stderr.on('data', (chunk) => (stderr += chunk));
          child.on('error', reject);
          child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
        }),
    ),
  );
}

/**
 * The test runner's environment may name a journal of its own: the children see only what a test gives.
 * No index is saved in the user's cache folder unless a test names a folder for it.
 */
function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  delete inherited.PROMOTION_JOURNAL_DIR;
  return { ...inherited, PROMOTION_JOURNAL_CACHE: 'off', ...env };
}

const temporaryFolders: string[] = [];

export function temporaryFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-cli-'));
  temporaryFolders.push(folder);
  return folder;
}

export function removeTemporaryFolders(): void {
  for (const folder of temporaryFolders.splice(0)) {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Answers typed at a terminal, one per question; the questions asked are kept. */
export function typedAnswers(answers: (string | undefined)[]): { io: Partial<CliIo>; questions: string[] } {
  const questions: string[] = [];
  const queue = [...answers];
  return {
    questions,
    io: {
      isTerminal: true,
      ask: (question) => {
        questions.push(question);
        return Promise.resolve(queue.length > 0 ? queue.shift() : undefined);
      },
    },
  };
}
