// One side of a `--spec` service: the entry document and the files its `$ref`s reach, read from a
// git tree or the working tree. Unlike a surface folder, the files a spec needs are not known from
// its folder, so they are found by following the `$ref`s once.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listIndex, listTree, readBlobs, runGit, type TreeEntry } from '../load/git-source.js';
import { loadSpec } from '../load/load-spec.js';
import type { ServiceSide } from './compare-service.js';

/** Files of one side by path relative to the repository root (POSIX). */
export interface TreeReader {
  /** Every file of the side. */
  paths(): Promise<Set<string>>;
  /** The file's bytes, undefined when the side has no such file. */
  read(file: string): Promise<Uint8Array | undefined>;
}

/** The tree of a commit, read from the object store (no checkout). */
export function gitTreeReader(repo: string, commit: string): TreeReader {
  return blobReader(repo, () => listTree(repo, commit, '.'));
}

/** What is staged in git's index (the next commit), read from the object store. */
export function indexTreeReader(repo: string): TreeReader {
  return blobReader(repo, () => listIndex(repo, '.'));
}

function blobReader(repo: string, list: () => Promise<TreeEntry[]>): TreeReader {
  let entries: Promise<Map<string, TreeEntry>> | undefined;
  const listed = () => (entries ??= list().then((list) => new Map(list.map((e) => [e.path, e]))));
  return {
    paths: async () => new Set((await listed()).keys()),
    async read(file) {
      const entry = (await listed()).get(file);
      return entry ? (await readBlobs(repo, [entry])).get(file) : undefined;
    },
  };
}

/** The working tree: tracked files and untracked ones git does not ignore, as they are on disk now. */
export function workingTreeReader(repo: string): TreeReader {
  return {
    async paths() {
      const result = await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repo);
      return new Set(result.stdout.toString('utf8').split('\0').filter((p) => p !== ''));
    },
    read: (file) => readFile(path.join(repo, file)).then(
      (bytes) => new Uint8Array(bytes),
      () => undefined,
    ),
  };
}

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
  await loadSpec(absolute(entry), source, { validate: false }).catch(() => undefined);
  return { entry: absolute(entry), root: repo, files, label };
}
