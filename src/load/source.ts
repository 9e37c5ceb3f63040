import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './input-error.js';

/**
 * Where documents are read from: the file system or a git tree. Paths are absolute and
 * POSIX-style; `root` is the folder a `$ref` may not leave.
 */
export interface FileSource {
  root: string;
  /** Why `root` is the limit, added to the refusal of a `$ref` that leaves it. */
  leaveHint?: string;
  read(file: string): Promise<Uint8Array>;
}

/**
 * Files on disk, confined to `root`, symbolic links included: a file that resolves outside `root`
 * is refused. `entry`, the file the user named, is exempt: they chose it, wherever it points.
 */
export function fileSystemSource(root: string, options: { entry?: string; leaveHint?: string } = {}): FileSource {
  const resolvedRoot = path.resolve(root);
  let realRoot: Promise<string> | undefined;
  return {
    root: resolvedRoot,
    leaveHint: options.leaveHint,
    async read(file) {
      let info;
      try {
        info = await stat(file);
      } catch {
        throw new InputError('file not found', file);
      }
      if (info.isDirectory()) throw new InputError('is a directory, expected an OpenAPI file', file);
      if (file !== options.entry) {
        realRoot ??= realpath(resolvedRoot).catch(() => resolvedRoot);
        const target = await realpath(file);
        const relative = path.relative(await realRoot, target);
        if (relative.startsWith('..') || path.isAbsolute(relative)) {
          throw new InputError(`resolves through a symbolic link to ${target}, outside the root folder ${resolvedRoot}`, file);
        }
      }
      try {
        return await readFile(file);
      } catch (error) {
        throw new InputError(`cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
      }
    },
  };
}
