import { stat } from 'node:fs/promises';
import path from 'node:path';

/** The folder a spec's `$ref`s may not leave: the git work tree holding it, else the spec's folder. */
export async function findConfinementRoot(file: string): Promise<string> {
  const start = path.dirname(path.resolve(file));
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      await stat(path.join(dir, '.git'));
      return dir;
    } catch {
      // not here; look further up
    }
    if (path.dirname(dir) === dir) return start;
  }
}
