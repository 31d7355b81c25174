import { closeSync, fstatSync, openSync, promises as fs, readSync, realpathSync, statSync, type Stats } from 'fs';

type Maybe<T> = T | Promise<T>;

/**
 * The file of a path a listing made (names joined by `/`, none of them `.` or
 * `..`), joined without normalizing: `path.join` of 10,000 listed paths took
 * 10 to 40 ms of a load. Node takes `/` on Windows too.
 */
export function listedFile(folder: string, relative: string): string {
  return `${folder}/${relative}`;
}

/** A file opened for reading: the calls made on its descriptor. */
export interface OpenedFile {
  stat(): Maybe<Stats>;
  /** Reads into `into` from `offset` to its end, at the same position in the file; resolves to the bytes read. */
  read(into: Uint8Array, offset: number): Maybe<number>;
  close(): Maybe<void>;
}

/** The file-system calls a journal read makes, so one reading serves both ways of calling them. */
export interface FileCalls {
  /** The path with every link resolved. */
  realpath(path: string): Maybe<string>;
  stat(path: string): Maybe<Stats>;
  open(path: string, flags: number): Maybe<OpenedFile>;
}

/** For the command line: Node's synchronous calls are several times faster for thousands of small files, and nothing waits on its event loop. */
export const synchronousCalls: FileCalls = {
  realpath: (path) => realpathSync.native(path),
  stat: (path) => statSync(path),
  open: (path, flags) => {
    const descriptor = openSync(path, flags);
    return {
      stat: () => fstatSync(descriptor),
      read: (into, offset) => readSync(descriptor, into, offset, into.byteLength - offset, offset),
      close: () => closeSync(descriptor),
    };
  },
};

/** For the extension host, whose event loop must stay free while a journal loads. */
export const promiseCalls: FileCalls = {
  realpath: (path) => fs.realpath(path),
  stat: (path) => fs.stat(path),
  open: async (path, flags) => {
    const handle = await fs.open(path, flags);
    return {
      stat: () => handle.stat(),
      read: async (into, offset) => (await handle.read(into, offset, into.byteLength - offset, offset)).bytesRead,
      close: () => handle.close(),
    };
  },
};
