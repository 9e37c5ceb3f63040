import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../load/input-error.js';
import { listIndex, listTree, readBlobs, type TreeEntry } from '../load/git-source.js';

/**
 * One side of a comparison: the files of the API surface at a git ref or in the working tree.
 * Paths are listed first (cheap) so that only the services asked for are read.
 */
export interface Surface {
  /** Absolute POSIX path of the surface folder; `$ref`s may not leave it. */
  root: string;
  /** Where the files come from, for messages: `HEAD~1`, `the working tree`. */
  label: string;
  /** Files relative to `root`, POSIX. */
  paths: string[];
  /** Reads files (relative paths); keys of the result are absolute. */
  read(paths: readonly string[]): Promise<Map<string, Uint8Array>>;
}

/** The surface folder (`surface`, relative to the repository root) in the tree of `ref`; no checkout. */
export async function gitSurface(repoRoot: string, ref: string, surface: string, label = ref): Promise<Surface> {
  const prefix = surfacePrefix(surface);
  return blobSurface(repoRoot, surface, await listTree(repoRoot, ref, prefix || '.'), label);
}

/** The surface folder as staged in git's index: what the next commit would hold (for pre-commit hooks). */
export async function indexSurface(repoRoot: string, surface: string): Promise<Surface> {
  const prefix = surfacePrefix(surface);
  return blobSurface(repoRoot, surface, await listIndex(repoRoot, prefix || '.'), 'the staged changes');
}

function surfacePrefix(surface: string): string {
  return surface === '' || surface === '.' ? '' : `${surface.replace(/\/$/, '')}/`;
}

function blobSurface(repoRoot: string, surface: string, entries: TreeEntry[], label: string): Surface {
  const root = path.posix.join(repoRoot, surface);
  const prefix = surfacePrefix(surface);
  const byPath = new Map(entries.map((e) => [e.path.slice(prefix.length), e]));
  return {
    root,
    label,
    paths: [...byPath.keys()],
    async read(paths) {
      const blobs = await readBlobs(repoRoot, paths.map((p) => byPath.get(p)!).filter(Boolean));
      return new Map([...blobs].map(([file, bytes]) => [path.posix.join(repoRoot, file), bytes]));
    },
  };
}

/** A folder on disk, as it is now (uncommitted edits included). */
export async function folderSurface(root: string, label: string): Promise<Surface> {
  let paths: string[];
  try {
    paths = await listFiles(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`no such folder: ${root}`);
    throw error;
  }
  return {
    root,
    label,
    paths,
    async read(wanted) {
      const files = new Map<string, Uint8Array>();
      await Promise.all(
        wanted.map(async (rel) => {
          const file = path.posix.join(root, rel);
          files.set(file, await readFile(file));
        }),
      );
      return files;
    },
  };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
