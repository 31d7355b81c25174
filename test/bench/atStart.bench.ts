import { spawn } from 'child_process';
import { createHash } from 'crypto';

/**
 * A whole process the bench starts from the extension host at the moment it
 * would call activate(), the extension left inactive: plain Node's read-all
 * floor or the command line, under the workbench's own start, to set the
 * extension's times against (scripts/bench/atStartBench.js).
 */
export interface AtStartCommand {
  readonly command: string;
  readonly args: readonly string[];
  /** The process's whole environment: not the extension host's, which VS Code adds to. */
  readonly env: Record<string, string>;
}

export interface AtStartFigures {
  /** From the spawn until the process closed its output and exited. */
  readonly wallMs: number;
  /** Of the process's output: the bench checks it against the same command run alone. */
  readonly outputSha256: string;
}

export function runAtStart({ command, args, env }: AtStartCommand): Promise<AtStartFigures> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = createHash('sha256');
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => output.update(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code === 0) {
        resolve({ wallMs, outputSha256: output.digest('hex') });
      } else {
        reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}): ${errors}`));
      }
    });
  });
}
