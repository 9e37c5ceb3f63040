import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './input-error.js';

/**
 * Where documents are read from: the file system or a git tree. Paths are absolute and
 * POSIX-style; `root` is the folder a `$ref` may not leave.
 */
export interface FileSource {
  root: string;
  read(file: string): Promise<Uint8Array>;
}

/** Files on disk, confined to `root`. */
export function fileSystemSource(root: string): FileSource {
  return {
    root: path.resolve(root),
    async read(file) {
      let info;
      try {
        info = await stat(file);
      } catch {
        throw new InputError('file not found', file);
      }
      if (info.isDirectory()) throw new InputError('is a directory, expected an OpenAPI file', file);
      try {
        return await readFile(file);
      } catch (error) {
        throw new InputError(`cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
      }
    },
  };
}
