import { promises as fs } from 'fs';

/**
 * Creates `file` with `data` only if no file of that name exists, decided by
 * the file system in one step (`wx`), so that a file another program created a
 * moment ago is never replaced. Returns false when the name is taken. When the
 * write fails after the create, the partial file is removed and the error thrown.
 */
export async function createNewFile(file: string, data: Uint8Array | string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return false;
    }
    throw error;
  }
  try {
    await handle.writeFile(data);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    // The file is ours: nobody else could create it after our exclusive create.
    await fs.rm(file, { force: true });
    throw error;
  }
  return true;
}
