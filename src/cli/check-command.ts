import { existsSync, statSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { failsPolicy } from '../report/reporter.js';
import { defaultBase, findRepository, resolveRef, type ResolvedRef } from '../check/base-ref.js';
import { checkSurfaces } from '../check/check-surfaces.js';
import { workerPoolRunner } from '../check/worker-pool.js';
import { packageFile, RUNNING_BUILT } from '../package-root.js';
import { folderSurface, gitSurface, type Surface } from '../check/surface.js';
import { todayUtc } from '../index.js';
import { InputError } from '../load/input-error.js';
import { REPORTERS } from '../report/reporters.js';
import { parseFormat } from './diff-command.js';
import { EXIT, type CliIo } from './io.js';
import { CHECK_LAST_RUN_FILE, writeLastRun } from './last-run.js';
import { resolveToday, useColor } from './options.js';
import { compareOptionsOf, failOnOf, loadPolicy } from './policy-options.js';
import { addOutputOptions, type OutputFlags } from './output-options.js';
import { sourceCollector, writeReportFiles } from './report-files.js';

interface CheckFlags extends OutputFlags {
  base?: string;
  head?: string;
  surface?: string;
  service: string[];
}

const DEFAULT_SURFACE = 'api-surface';

export function registerCheck(program: Command, io: CliIo, setExit: (code: number) => void): void {
  addOutputOptions(
    program
      .command('check')
      .description(`compare every service of the repository's ${DEFAULT_SURFACE}/ with a git ref (default: the merge base with the target branch)`)
      .option('--base <ref>', 'the git ref to compare with (default: merge base with the CI target branch or origin/HEAD, else HEAD)')
      .option('--head <ref>', 'compare this git ref instead of the working tree')
      .option('--surface <dir>', `the folder holding one folder per service (default: ${DEFAULT_SURFACE}/ at the repository root)`)
      .option('--service <name>', 'only this service (repeatable)', (value: string, list: string[]) => [...list, value], [] as string[]),
  )
    .action(async (flags: CheckFlags) => {
      const format = parseFormat(flags.format);
      const policy = loadPolicy(flags, io);
      const failOn = failOnOf(flags, policy);
      const today = resolveToday(flags.today, io) ?? todayUtc();
      const repo = await findRepository(io.cwd);
      const surface = await surfaceFolder(repo, io.cwd, flags.surface);
      const base = flags.base !== undefined ? await resolveRef(repo, flags.base, '--base') : await defaultBase(repo, io.env);
      const head = flags.head !== undefined ? await resolveRef(repo, flags.head, '--head') : undefined;
      const [baseSide, headSide] = await Promise.all([
        gitSurface(repo, base.commit, surface, `base ${base.ref}`),
        head ? headSurface(repo, head, surface) : workingTree(repo, surface),
      ]);
      const baseNote = describeBase(base);
      io.stderr(`apicompat: ${baseNote}\n`);
      const sources = sourceCollector();
      const report = await checkSurfaces(baseSide, headSide, {
        today,
        displayRoot: repo,
        services: flags.service,
        // The text report goes to the terminal that already shows the base on stderr.
        notes: format === 'text' ? [] : [baseNote],
        config: compareOptionsOf(policy, flags),
        onSources: sources.onSources,
        onWarning: (line) => io.stderr(`apicompat: warning: ${line}\n`),
        runJobs: servicePool(),
      });
      // Each service is held to its own `failOn` (configuration `services.<name>.failOn`), in the exit code and the reports alike.
      const serviceFailOn = Object.fromEntries(report.services.map(({ name }) => [name, failOnOf(flags, policy, name)]));
      const reportOptions = { color: useColor(io, flags.color), failOn, serviceFailOn, sources: sources.sources() };
      io.stdout(REPORTERS[format](report, reportOptions));
      await writeReportFiles(report, flags.report, reportOptions, io);
      const gitDir = path.join(repo, '.git');
      const unrecorded = existsSync(gitDir) && statSync(gitDir).isDirectory() ? writeLastRun(repo, report.changes, CHECK_LAST_RUN_FILE) : undefined;
      if (unrecorded) io.stderr(`apicompat: ${unrecorded}\n`);
      setExit(failsPolicy(report.changes, reportOptions) ? EXIT.policy : EXIT.ok);
    });
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
