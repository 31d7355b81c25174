import { promises as fs } from 'fs';
import { CliError } from './io';

/** Writes a file that must not exist yet: a user's file is never overwritten, not even by a race. */
export async function writeNewFile(file: string, shownAs: string, text: string): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new CliError(`${shownAs} already exists: not overwriting it; choose another --out file.`);
    }
    if (code === 'ENOENT') {
      throw new CliError(`cannot write ${shownAs}: its folder does not exist.`);
    }
    throw new CliError(`cannot write ${shownAs}: ${(error as Error).message}`);
  }
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}
