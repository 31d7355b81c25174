import { promises as fs } from 'fs';
import { DEFAULT_FRAMEWORK, parseFramework, type Framework } from '../core/elements/framework';
import { CliError } from './io';

/** The framework of --framework FILE, or the default; a bad file is the user's mistake and stops the command. */
export async function loadFramework(file: string | undefined, shownAs: string | undefined): Promise<Framework> {
  if (file === undefined) {
    return DEFAULT_FRAMEWORK;
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new CliError(`--framework: cannot read ${shownAs}.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`--framework: ${shownAs} is not valid JSON (${(error as Error).message}).`);
  }
  const result = parseFramework(value, shownAs);
  if ('error' in result) {
    throw new CliError(`--framework: ${shownAs}: ${result.error}.`);
  }
  return result.framework;
}
