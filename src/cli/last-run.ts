// The findings of the last `diff`/`check`, kept so `apicompat accept <id>` can name them by id.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../types.js';
import { UsageError } from './errors.js';

/** Relative to the working folder; git-ignored. */
export const LAST_RUN_FILE = path.join('.apicompat', 'last-run.json');

interface LastRun {
  schemaVersion: 1;
  findings: Finding[];
}

/** Returns an error message instead of throwing: a read-only checkout must not fail the run. */
export function writeLastRun(cwd: string, findings: Finding[]): string | undefined {
  const file = path.join(cwd, LAST_RUN_FILE);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, findings } satisfies LastRun, null, 2) + '\n');
    return undefined;
  } catch (error) {
    return `could not record the findings in ${LAST_RUN_FILE} (${error instanceof Error ? error.message : String(error)})`;
  }
}

export function readLastRun(cwd: string): Finding[] {
  let text: string;
  try {
    text = readFileSync(path.join(cwd, LAST_RUN_FILE), 'utf8');
  } catch {
    throw new UsageError(`no findings recorded in ${LAST_RUN_FILE}: run \`apicompat diff\` (or \`check\`) in this folder first`);
  }
  const run = JSON.parse(text) as Partial<LastRun>;
  if (run.schemaVersion !== 1 || !Array.isArray(run.findings)) throw new UsageError(`${LAST_RUN_FILE} is not a record of findings; run \`apicompat diff\` again`);
  return run.findings;
}
