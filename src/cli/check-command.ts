import { realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { failsPolicy } from '../report/reporter.js';
import { defaultBase, findRepository, resolveRef, type ResolvedRef } from '../check/base-ref.js';
import { checkSurfaces, type CheckOptions } from '../check/check-surfaces.js';
import { checkSpecs } from '../check/check-specs.js';
import type { SpecPattern } from '../check/spec-list.js';
import { gitTreeReader, indexTreeReader, workingTreeReader } from '../load/tree-reader.js';
import { workerPoolRunner } from '../check/worker-pool.js';
import { packageFile, RUNNING_BUILT } from '../package-root.js';
import { folderSurface, gitSurface, indexSurface, type Surface } from '../check/surface.js';
import { todayUtc } from '../index.js';
import { InputError } from '../load/input-error.js';
import { REPORTERS } from '../report/reporters.js';
import { parseFormat } from './diff-command.js';
import { EXIT, type CliIo } from './io.js';
import { lastRunFile, writeLastRun } from './last-run.js';
import { resolveToday, useColor } from './options.js';
import { compareOptionsOf, compatibilityOf, failOnOf, loadPolicy, type CliPolicy } from './policy-options.js';
import { UsageError } from './errors.js';
import { addOutputOptions, type OutputFlags } from './output-options.js';
import { fullReportOf, sourceCollector, writeReportFiles } from './report-files.js';
import { appendStepSummary } from './step-summary.js';

interface CheckFlags extends OutputFlags {
  base?: string;
  head?: string;
  staged?: boolean;
  surface?: string;
  spec: string[];
  service: string[];
  fetch?: boolean;
}

const DEFAULT_SURFACE = 'api-surface';

export function registerCheck(program: Command, io: CliIo, setExit: (code: number) => void): void {
  addOutputOptions(
    program
      .command('check')
      .description(`compare every service of the repository's ${DEFAULT_SURFACE}/ with a git ref (default: the merge base with the target branch)`)
      .option('--base <ref>', 'the git ref to compare with (default: the merge base with the pull request\'s target, the push\'s previous commit, the merge base with origin/HEAD, else, outside CI, HEAD)')
      .option('--fetch', 'fetch the base (and the history to reach it) when a shallow clone lacks it, instead of saying which git fetch would')
      .option('--head <ref>', 'compare this git ref instead of the working tree')
      .option('--staged', "compare what is staged in git's index (the next commit) instead of the working tree, as a pre-commit hook does")
      .option('--surface <dir>', `the folder holding one folder per service (default: ${DEFAULT_SURFACE}/ at the repository root)`)
      .option('--spec <path>', 'check this document as a service named after its folder or file (repeatable; globs allowed; replaces the surface folder and the configuration\'s specs)', collect, [] as string[])
      .option('--service <name>', 'only this service (repeatable)', collect, [] as string[]),
  )
    .action(async (flags: CheckFlags) => {
      const format = parseFormat(flags.format);
      const policy = loadPolicy(flags, io);
      const failOn = failOnOf(flags, policy);
      const compatibility = compatibilityOf(flags, policy);
      const today = resolveToday(flags.today, io) ?? todayUtc();
      const repo = await findRepository(io.cwd);
      const specs = specPatterns(flags, policy, repo, io.cwd);
      if (specs && flags.surface !== undefined) throw new UsageError('--surface and --spec (or the configuration\'s specs) name the services two ways: use one');
      const fetching = { fetch: flags.fetch === true, onFetch: (command: string) => io.stderr(`apicompat: fetching the base: ${command}\n`) };
      const base = flags.base !== undefined ? await resolveRef(repo, flags.base, '--base', fetching) : await defaultBase(repo, io.env, fetching);
      if (flags.staged && flags.head !== undefined) throw new UsageError('--staged and --head both name the new side: pass one of them');
      const head = flags.head !== undefined ? await resolveRef(repo, flags.head, '--head') : undefined;
      const sides = specs ? undefined : await surfaceSides(repo, io.cwd, flags.surface, base, head, flags.staged === true);
      const baseNote = describeBase(base);
      io.stderr(`apicompat: ${baseNote}\n`);
      const sources = sourceCollector();
      const options: CheckOptions = {
        today,
        displayRoot: repo,
        services: flags.service,
        // The text report goes to the terminal that already shows the base on stderr.
        notes: format === 'text' ? [] : [baseNote],
        config: compareOptionsOf(policy, flags),
        onSources: sources.onSources,
        onWarning: (line) => io.stderr(`apicompat: warning: ${line}\n`),
        runJobs: servicePool(),
      };
      const report = !sides
        ? await checkSpecs(
            repo,
            specs!,
            { reader: gitTreeReader(repo, base.commit), label: `base ${base.ref}` },
            head ? { reader: gitTreeReader(repo, head.commit), label: `head ${head.ref}` } : flags.staged ? { reader: indexTreeReader(repo), label: 'the staged changes' } : { reader: workingTreeReader(repo), label: 'the working tree' },
            options,
          )
        : await checkSurfaces(...sides, options);
      // Each service is held to its own `failOn` (configuration `services.<name>.failOn`), in the exit code and the reports alike.
      const serviceFailOn = Object.fromEntries(report.services.map(({ name }) => [name, failOnOf(flags, policy, name)]));
      const serviceCompatibility = Object.fromEntries(report.services.map(({ name }) => [name, compatibilityOf(flags, policy, name)]));
      const reportOptions = { color: useColor(io, flags.color), failOn, serviceFailOn, compatibility, serviceCompatibility, sources: sources.sources(), fullReport: fullReportOf(flags.report) };
      io.stdout(REPORTERS[format](report, reportOptions));
      await writeReportFiles(report, flags.report, reportOptions, io);
      appendStepSummary(report, format, reportOptions, io);
      const unrecorded = writeLastRun(await lastRunFile(repo, io.env), report.changes);
      if (unrecorded) io.stderr(`apicompat: ${unrecorded}\n`);
      setExit(failsPolicy(report.changes, reportOptions) ? EXIT.policy : EXIT.ok);
    });
}

function collect(value: string, list: string[]): string[] {
  return [...list, value];
}

/** `--spec` (relative to the working folder), else the configuration's `specs` (relative to its file), as paths relative to the repository root. */
function specPatterns(flags: CheckFlags, policy: CliPolicy, repo: string, cwd: string): SpecPattern[] | undefined {
  if (flags.spec.length > 0) return flags.spec.map((spec) => ({ pattern: repoRelative(repo, cwd, spec, `--spec ${spec}`), origin: `--spec ${spec}` }));
  const listed = policy.config.specs;
  if (!listed || !policy.file) return undefined;
  const folder = path.dirname(policy.file);
  return listed.map((item, i) => {
    const { path: pattern, name } = typeof item === 'string' ? { path: item, name: undefined } : item;
    const origin = `specs[${i}] (${pattern}) in ${path.relative(cwd, policy.file!) || policy.file}`;
    return { pattern: repoRelative(repo, folder, pattern, origin), name, origin };
  });
}

function repoRelative(repo: string, from: string, pattern: string, origin: string): string {
  const relative = path.relative(repo, path.resolve(realFolder(from), pattern)).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) throw new InputError(`${origin} lies outside the repository ${repo}`);
  return relative;
}

/** git reports the repository with symbolic links resolved; the working folder may not be. */
function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

async function surfaceSides(repo: string, cwd: string, flag: string | undefined, base: ResolvedRef, head: ResolvedRef | undefined, staged: boolean): Promise<[Surface, Surface]> {
  const surface = await surfaceFolder(repo, cwd, flag);
  const headSide = head ? headSurface(repo, head, surface) : staged ? stagedSurface(repo, surface) : workingTree(repo, surface);
  return Promise.all([gitSurface(repo, base.commit, surface, `base ${base.ref}`), headSide]);
}

/** Worker threads run the built JavaScript; from TypeScript sources (tests) the services run in this thread. */
function servicePool(): ReturnType<typeof workerPoolRunner> | undefined {
  return RUNNING_BUILT ? workerPoolRunner(packageFile('dist/check/service-worker.js')) : undefined;
}

function describeBase(base: ResolvedRef): string {
  return `base ${base.ref} (${base.commit.slice(0, 12)}): ${base.reason}`;
}

/** The surface folder relative to the repository root; `--surface` is relative to the working folder. */
async function surfaceFolder(repo: string, cwd: string, flag: string | undefined): Promise<string> {
  const absolute = flag === undefined ? path.join(repo, DEFAULT_SURFACE) : path.resolve(await realpath(cwd).catch(() => cwd), flag);
  const relative = path.relative(repo, absolute).split(path.sep).join('/');
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new InputError(`--surface ${flag} is outside the repository ${repo}`);
  return relative === '' ? '.' : relative;
}

async function workingTree(repo: string, surface: string): Promise<Surface> {
  const root = path.posix.join(repo, surface);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new InputError(`no ${surface}/ folder in ${repo}: put one folder per service there (each with an openapi.yaml), or name the folder with --surface DIR`);
  }
  return folderSurface(root, 'the working tree');
}

async function headSurface(repo: string, head: ResolvedRef, surface: string): Promise<Surface> {
  const side = await gitSurface(repo, head.commit, surface, `head ${head.ref}`);
  if (side.paths.length === 0) throw new InputError(`no ${surface}/ folder in ${head.ref}: pass --surface DIR if the services live elsewhere`);
  return side;
}

async function stagedSurface(repo: string, surface: string): Promise<Surface> {
  const side = await indexSurface(repo, surface);
  if (side.paths.length === 0) throw new InputError(`no ${surface}/ folder is staged in ${repo}: pass --surface DIR if the services live elsewhere`);
  return side;
}
