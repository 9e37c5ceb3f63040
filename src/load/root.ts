import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The folder a spec's `$ref`s may not leave: the git work tree holding it (a `.git` folder, or the
 * `.git` file of a worktree), else the spec's folder.
 */
export async function findConfinementRoot(file: string): Promise<string> {
  return (await confinementOf(file)).root;
}

/** `findConfinementRoot`, and whether the root is a git work tree. */
export async function confinementOf(file: string): Promise<{ root: string; inGit: boolean }> {
  const start = path.dirname(path.resolve(file));
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      await stat(path.join(dir, '.git'));
      return { root: dir, inGit: true };
    } catch {
      // not here; look further up
    }
    if (path.dirname(dir) === dir) return { root: start, inGit: false };
  }
}
