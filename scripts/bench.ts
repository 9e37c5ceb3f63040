// `npm run bench`: apicompat against real large specs and a synthetic monorepo, each compared with
// the floor (reading and parsing the same files and nothing else) measured in the same run.
// Every output format is timed too, against the JSON run of the same pair.
// Usage: npm run bench [-- --runs 5] [--only github-rest,stripe,monorepo-200]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInput, REMOTE_PAIRS } from './bench/inputs.js';
import { floorArgs, median, runNode, stagesArgs, type Run } from './bench/measure.js';
import { ensureMonorepo } from './bench/monorepo.js';
import { formatResult, FORMATS, type Format } from './bench/formats.js';
import { renderMarkdown, renderTable, type PairResult } from './bench/table.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const BIN = path.join(DIST, 'cli/bin.js');
const CACHE = path.join(ROOT, '.cache');
const INPUTS = path.join(CACHE, 'bench-inputs');
const RESULTS = path.join(CACHE, 'bench');
const SERVICES = 200;

const args = process.argv.slice(2);
const runs = Math.max(5, Number(option('--runs') ?? 5));
const only = option('--only')?.split(',');

function option(name: string): string | undefined {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
}

if (!existsSync(BIN)) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
mkdirSync(RESULTS, { recursive: true });

const results: PairResult[] = [];
for (const pair of REMOTE_PAIRS) {
  if (only && !only.includes(pair.name)) continue;
  const base = ensureInput(INPUTS, pair.base);
  const revision = ensureInput(INPUTS, pair.revision);
  results.push(await measurePair(pair.name, `${pair.base.pkg} → ${pair.revision.pkg}`, base, revision));
}
if (!only || only.includes(`monorepo-${SERVICES}`)) results.push(await measureMonorepo());

const machine = describeMachine();
console.log(renderTable(results, machine));
const json = { date: new Date().toISOString(), machine, runs, results };
writeFileSync(path.join(RESULTS, 'results.json'), JSON.stringify(json, null, 2) + '\n');
writeFileSync(path.join(RESULTS, 'results.md'), renderMarkdown(results, machine));
console.log(`\nwritten: ${path.relative(ROOT, path.join(RESULTS, 'results.json'))} and results.md`);

/** Floor, the JSON diff and every other format interleaved run by run, so all see the same machine state. */
async function measurePair(name: string, label: string, base: string, revision: string): Promise<PairResult> {
  console.error(`bench: ${name} (${runs} runs, ${FORMATS.length} formats)`);
  const floors: Run[] = [];
  const byFormat = new Map<Format, Run[]>(FORMATS.map((f) => [f, []]));
  const relBase = path.relative(ROOT, base);
  const relRevision = path.relative(ROOT, revision);
  const diff = async (format: Format) => {
    const run = await runNode([BIN, 'diff', relBase, relRevision, '--format', format, '--today', '2026-06-15'], ROOT);
    if (run.code !== 0 && run.code !== 1) throw new Error(`${name}: apicompat diff --format ${format} exited ${run.code}: ${run.stderr}`);
    return run;
  };
  await diff('json'); // warm the file cache
  for (let i = 0; i < runs; i++) {
    floors.push(await runNode(floorArgs([base, revision]), ROOT));
    for (const format of FORMATS) byFormat.get(format)!.push(await diff(format));
  }
  const diffs = byFormat.get('json')!;
  const stageRuns: Record<string, number>[] = [];
  for (let i = 0; i < 3; i++) stageRuns.push(JSON.parse((await runNode(stagesArgs(DIST, base, revision), ROOT)).stdout) as Record<string, number>);
  const stages = Object.fromEntries(Object.keys(stageRuns[0]).map((k) => [k, median(stageRuns.map((s) => s[k]))]));
  const findings = (JSON.parse(diffs[0].stdout) as { changes: unknown[] }).changes.length;
  const formats = FORMATS.map((format) => formatResult(format, byFormat.get(format)!, diffs));
  return { ...summarize(name, label, 'diff', floors, diffs, stages, findings), formats };
}

/** `apicompat check` over the monorepo. */
async function measureMonorepo(): Promise<PairResult> {
  const name = `monorepo-${SERVICES}`;
  const repo = ensureMonorepo(INPUTS, SERVICES);
  console.error(`bench: ${name} (3 runs)`);
  const command = { args: [BIN, 'check', '--base', 'HEAD', '--format', 'json', '--today', '2026-06-15'], cwd: repo.root, what: 'check' };
  const allFiles = repo.specs.flatMap((s) => [path.join(repo.baseCopy, s), path.join(repo.root, s)]);
  const floors: Run[] = [];
  const runsDone: Run[] = [];
  // Fewer runs here: one run is already 400 files, and the bound is on each run, not the median.
  for (let i = 0; i < 3; i++) {
    floors.push(await runNode(floorArgs(allFiles), ROOT));
    const run = await runNode(command.args, command.cwd);
    if (run.code !== 0 && run.code !== 1) throw new Error(`${name}: ${command.what} exited ${run.code}: ${run.stderr}`);
    runsDone.push(run);
  }
  const findings = countFindings(runsDone[0].stdout);
  return summarize(name, `${SERVICES} services, ${repo.specs.length / 5} changed`, command.what, floors, runsDone, undefined, findings);
}

function countFindings(stdout: string): number {
  let count = 0;
  for (const match of stdout.matchAll(/"ruleId":/g)) if (match) count++;
  return count;
}

function summarize(name: string, label: string, command: string, floors: Run[], runsDone: Run[], stages: Record<string, number> | undefined, findings: number): PairResult {
  const floorMs = median(floors.map((r) => r.ms));
  const ms = median(runsDone.map((r) => r.ms));
  const floorCpuMs = median(floors.map((r) => r.cpuMs));
  const cpuMs = median(runsDone.map((r) => r.cpuMs));
  return {
    name,
    label,
    command,
    floorMs,
    ms,
    ratio: ms / floorMs,
    floorCpuMs,
    cpuMs,
    cpuRatio: cpuMs / floorCpuMs,
    runsMs: runsDone.map((r) => Math.round(r.ms)),
    floorRunsMs: floors.map((r) => Math.round(r.ms)),
    peakRssMiB: Math.max(...runsDone.map((r) => r.rssMiB)),
    findings,
    stableFindings: new Set(runsDone.map((r) => r.sha256)).size === 1,
    outputSha256: runsDone[0].sha256,
    stages,
  };
}

function describeMachine(): string {
  const cpus = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' / ');
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}; load average (1/5/15 min) at the end: ${load}`;
}
