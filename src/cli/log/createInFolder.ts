import { promises as fs } from 'fs';
import * as path from 'path';
import { errorCode } from '../../core/journal/errorCode';
import { createUnderFreeName } from '../../core/newEntries/fileNaming';
import { describeWriteFailure } from '../../core/journal/writeFailure';
import { createNewFile } from '../../node/createNewFile';
import { CliError } from '../io';

export interface CreatedFile {
  readonly name: string;
  /** True when the folder did not exist and was made for the file. */
  readonly createdFolder: boolean;
}

/**
 * Creates `folder` when missing, then a file in it under the first free name
 * `nameFor` gives, as Log Strategic Win does: each name is claimed with an
 * exclusive create, so a file another process creates meanwhile, even under
 * the same name, is never overwritten; the next name is taken instead.
 */
export async function createInFolder(folder: string, shownAs: string, nameFor: (isTaken: (name: string) => boolean) => string, text: string): Promise<CreatedFile> {
  let target = shownAs;
  try {
    const createdFolder = (await fs.mkdir(folder, { recursive: true })) !== undefined;
    const name = await createUnderFreeName(await fs.readdir(folder), nameFor, (candidate) => {
      target = path.join(shownAs, candidate);
      return createNewFile(path.join(folder, candidate), text);
    });
    return { name, createdFolder };
  } catch (error) {
    throw new CliError(describeWriteFailure(target, errorCode(error), error instanceof Error ? error.message : String(error)));
  }
}
