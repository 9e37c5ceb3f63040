// `npm run check:edits`: the edits of the JSON report on the real pairs (GitHub, Stripe) hold
// together: every change names an edit of its rule and class that lists its operation, and no
// underlying change is split over several edits. Also the GitHub pair's text and Markdown.
// Needs dist/ (npm run build) and the bench inputs in .cache/bench-inputs.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { REMOTE_PAIRS } from './bench/inputs.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'dist/cli/bin.js');
const INPUTS = path.join(ROOT, '.cache/bench-inputs');
const MARKDOWN_LIMIT = 65_536;

interface Loc {
  file: string;
  pointer: string;
}
interface JsonChange {
  id: string;
  edit?: string;
  ruleId: string;
  class: string;
  service?: string;
  operation?: { method: string; path: string };
  base?: Loc;
  revision?: Loc;
}
interface JsonEdit extends Omit<JsonChange, 'edit' | 'operation'> {
  operations: { method: string; path: string }[];
}
export interface JsonReport {
  changes: JsonChange[];
  edits: JsonEdit[];
  summary: { edits: Record<string, unknown> };
}

/** Every broken promise, one line each; empty when the edits hold together. */
export function editProblems(report: JsonReport): string[] {
  const problems: string[] = [];
  const edits = new Map(report.edits.map((e) => [e.id, e]));
  if (edits.size !== report.edits.length) problems.push(`${report.edits.length - edits.size} edit ids are used twice`);
  const used = new Set<string>();
  for (const change of report.changes) {
    const edit = change.edit === undefined ? undefined : edits.get(change.edit);
    if (!edit) {
      problems.push(`change ${change.id} names no edit of the report (${change.edit ?? 'none'})`);
      continue;
    }
    used.add(edit.id);
    if (edit.ruleId !== change.ruleId || edit.class !== change.class || (edit.service ?? '') !== (change.service ?? '')) {
      problems.push(`change ${change.id} (${change.ruleId}, ${change.class}) is in edit ${edit.id} (${edit.ruleId}, ${edit.class})`);
    }
    if (change.operation && !edit.operations.some((o) => o.method === change.operation!.method && o.path === change.operation!.path)) {
      problems.push(`edit ${edit.id} does not list ${change.operation.method} ${change.operation.path} of change ${change.id}`);
    }
    if (edit.base?.pointer !== change.base?.pointer || edit.revision?.pointer !== change.revision?.pointer) {
      problems.push(`change ${change.id} is located elsewhere than its edit ${edit.id}`);
    }
  }
  for (const edit of report.edits) if (!used.has(edit.id)) problems.push(`edit ${edit.id} has no change`);
  const keys = distinctKeys(report.changes);
  if (report.edits.length > keys) problems.push(`${report.edits.length} edits for ${keys} distinct (service, rule, class, base pointer, revision pointer)`);
  return problems;
}

/** Distinct (service, rule, class, base pointer, revision pointer) among the changes. */
export function distinctKeys(changes: readonly JsonChange[]): number {
  return new Set(changes.map((c) => [c.service ?? '', c.ruleId, c.class, c.base?.pointer ?? '', c.revision?.pointer ?? ''].join('\u0000'))).size;
}

async function run(args: string[]): Promise<string> {
  // Exit 1 (breaking changes) is the expected outcome on these pairs.
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, ...args], { maxBuffer: 1 << 30, cwd: ROOT }).catch((error: { code?: number; stdout?: string }) => {
    if (error.code === 1 && error.stdout !== undefined) return { stdout: error.stdout };
    throw error;
  });
  return stdout;
}

async function main(): Promise<void> {
  if (!existsSync(BIN)) throw new Error('dist/ is missing: run `npm run build` first');
  let failed = false;
  for (const pair of REMOTE_PAIRS) {
    const side = (s: { pkg: string; member: string }) => path.join(INPUTS, s.pkg.replace(/^@/, '').replace(/[/@]/g, '-'), path.basename(s.member));
    const files = [side(pair.base), side(pair.revision)];
    const report = JSON.parse(await run(['diff', ...files, '--format', 'json'])) as JsonReport;
    const problems = editProblems(report);
    console.log(`${pair.name}: ${report.changes.length} changes, ${report.edits.length} edits for ${distinctKeys(report.changes)} distinct keys; edits per class ${JSON.stringify(report.summary.edits)}`);
    for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
    if (problems.length > 0) failed = true;
    if (pair.name !== 'github-rest') continue;
    const text = await run(['diff', ...files, '--format', 'text', '--no-color']);
    const listed = report.edits.filter((e) => text.split(`[${e.id}]`).length - 1 !== 1);
    console.log(`  text: ${report.edits.length - listed.length} of ${report.edits.length} edits listed exactly once`);
    if (listed.length > 0) failed = true;
    const markdown = await run(['diff', ...files, '--format', 'markdown']);
    const breaking = report.edits.filter((e) => e.class === 'breaking').length;
    const states = new RegExp(`\\b${breaking} breaking edits?\\b`).test(markdown);
    console.log(`  markdown: ${markdown.length} characters (limit ${MARKDOWN_LIMIT}); states ${breaking} breaking edits: ${states ? 'yes' : 'no'}`);
    if (markdown.length > MARKDOWN_LIMIT || !states) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
