import { createNewFile } from '../../node/createNewFile';
import { CliError } from '../io';

/** Writes a file that must not exist yet: a user's file is never overwritten, not even by a race. */
export async function writeNewFile(file: string, shownAs: string, text: string): Promise<void> {
  let created: boolean;
  try {
    created = await createNewFile(file, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CliError(`cannot write ${shownAs}: its folder does not exist.`);
    }
    throw new CliError(`cannot write ${shownAs}: ${(error as Error).message}`);
  }
  if (!created) {
    throw new CliError(`${shownAs} already exists: not overwriting it; choose another --out file.`);
  }
}
