// The files of one side of a comparison, by path relative to the repository root: a commit's
// tree read from the object store (no checkout), or the working tree as it is on disk.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { listIndex, listTree, readBlobs, runGit, type TreeEntry } from './git-source.js';

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
  let realRepo: Promise<string> | undefined;
  return {
    async paths() {
      const result = await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repo);
      return new Set(result.stdout.toString('utf8').split('\0').filter((p) => p !== ''));
    },
    async read(file) {
      // As in the surface folder and in git, a symbolic link does not lead out of the repository.
      const target = await realpath(path.join(repo, file)).catch(() => undefined);
      if (target === undefined) return undefined;
      const relative = path.relative(await (realRepo ??= realpath(repo)), target);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
      return readFile(target).then(
        (bytes) => new Uint8Array(bytes),
        () => undefined,
      );
    },
  };
}
