// One side of a `--spec` service: the entry document and the files its `$ref`s reach, read from a
// git tree or the working tree. Unlike a surface folder, the files a spec needs are not known from
// its folder, so they are found by following the `$ref`s once.
import path from 'node:path';
import { loadSpec } from '../load/load-spec.js';
import type { TreeReader } from '../load/tree-reader.js';
import type { ServiceSide } from './compare-service.js';

/**
 * The side of the service whose entry is `entry` (relative to the repository root), with every file
 * its `$ref`s reach inside `root`; undefined when the side has no such entry. A file that does not
 * load stops the walk: comparing the service then reports it, with the service's name.
 */
export async function specSide(reader: TreeReader, repo: string, entry: string, label: string): Promise<ServiceSide | undefined> {
  const entryBytes = await reader.read(entry);
  if (entryBytes === undefined) return undefined;
  const files = new Map<string, Uint8Array>();
  const absolute = (file: string) => path.posix.join(repo, file);
  files.set(absolute(entry), entryBytes);
  const source = {
    root: repo,
    async read(file: string): Promise<Uint8Array> {
      const known = files.get(file);
      if (known) return known;
      const bytes = await reader.read(path.posix.relative(repo, file));
      if (bytes === undefined) throw new Error(`${file} not found`);
      files.set(file, bytes);
      return bytes;
    },
  };
  const loaded = await loadSpec(absolute(entry), source, { validate: false }).catch(() => undefined);
  return { entry: absolute(entry), root: repo, files, label, ...(loaded ? { loaded } : {}) };
}
