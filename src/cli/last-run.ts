// The findings of the last `diff`/`check`, kept so `apicompat accept <id>` can name them by id.
// Never in the working folder: inside the git directory (each worktree has its own), else in the
// user's cache folder, one record per working folder.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gitDirectory } from '../load/git-source.js';
import type { Finding } from '../types.js';
import { UsageError } from './errors.js';

interface LastRun {
  schemaVersion: 1;
  findings: Finding[];
}

/** Where the last run of a command started in `cwd` is recorded. */
export async function lastRunFile(cwd: string, env: Record<string, string | undefined>): Promise<string> {
  const gitDir = await gitDirectory(cwd);
  if (gitDir) return path.join(gitDir, 'apicompat-last-run.json');
  const key = createHash('sha256').update(path.resolve(cwd)).digest('hex').slice(0, 16);
  return path.join(cacheFolder(env), `last-run-${key}.json`);
}

/** The platform's per-user cache folder for apicompat (XDG_CACHE_HOME wins everywhere). */
function cacheFolder(env: Record<string, string | undefined>): string {
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'apicompat');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'apicompat', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'apicompat');
  return path.join(os.homedir(), '.cache', 'apicompat');
}

/** Returns an error message instead of throwing: a read-only checkout must not fail the run. */
export function writeLastRun(file: string, findings: Finding[]): string | undefined {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Not indented: a record for `accept` to read back, not for people; a large run writes thousands of findings.
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, findings } satisfies LastRun) + '\n');
    return undefined;
  } catch (error) {
    return `could not record the findings for \`apicompat accept\` in ${file} (${error instanceof Error ? error.message : String(error)})`;
  }
}

export function readLastRun(file: string): Finding[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`no findings recorded for this folder (${file}): run \`apicompat diff\` (or \`check\`) here first`);
  }
  const run = JSON.parse(text) as Partial<LastRun>;
  if (run.schemaVersion !== 1 || !Array.isArray(run.findings)) throw new UsageError(`${file} is not a record of findings; run \`apicompat diff\` again`);
  return run.findings;
}
