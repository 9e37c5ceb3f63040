// The findings of the last `diff`/`check`, kept so `apicompat accept <id>` can name them by id.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../types.js';
import { UsageError } from './errors.js';

/** Relative to the working folder; git-ignored. */
export const LAST_RUN_FILE = path.join('.apicompat', 'last-run.json');

interface LastRun {
  schemaVersion: 1;
  findings: Finding[];
}

/** Where `check` keeps its last run: inside the git directory, so the run leaves `git status` as it was. */
export const CHECK_LAST_RUN_FILE = path.join('.git', 'apicompat-last-run.json');

/** Returns an error message instead of throwing: a read-only checkout must not fail the run. */
export function writeLastRun(cwd: string, findings: Finding[], relativeFile: string = LAST_RUN_FILE): string | undefined {
  const file = path.join(cwd, relativeFile);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Not indented: a record for `accept` to read back, not for people; a large run writes thousands of findings.
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, findings } satisfies LastRun) + '\n');
    return undefined;
  } catch (error) {
    return `could not record the findings in ${LAST_RUN_FILE} (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The newer of the working folder's record (`diff`) and the enclosing repository's (`check`). */
export function readLastRun(cwd: string): Finding[] {
  const candidates = [path.join(cwd, LAST_RUN_FILE), ...repositoryRecords(cwd)];
  const newest = candidates
    .map((file) => ({ file, mtime: statSync(file, { throwIfNoEntry: false })?.mtimeMs }))
    .filter((c): c is { file: string; mtime: number } => c.mtime !== undefined)
    .sort((a, b) => b.mtime - a.mtime)[0];
  let text: string;
  try {
    text = readFileSync(newest?.file ?? candidates[0], 'utf8');
  } catch {
    throw new UsageError(`no findings recorded in ${LAST_RUN_FILE}: run \`apicompat diff\` (or \`check\`) in this folder first`);
  }
  const run = JSON.parse(text) as Partial<LastRun>;
  if (run.schemaVersion !== 1 || !Array.isArray(run.findings)) throw new UsageError(`${LAST_RUN_FILE} is not a record of findings; run \`apicompat diff\` again`);
  return run.findings;
}

function repositoryRecords(cwd: string): string[] {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (statSync(path.join(dir, '.git'), { throwIfNoEntry: false })?.isDirectory()) return [path.join(dir, CHECK_LAST_RUN_FILE)];
    if (path.dirname(dir) === dir) return [];
  }
}
