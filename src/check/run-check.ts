// `check` from options to report, for the CLI and the library alike: find the repository, choose
// the base, read both sides (the surface folder or the documents named), compare every service.
import { realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../load/input-error.js';
import { gitTreeReader, indexTreeReader, workingTreeReader } from '../load/tree-reader.js';
import { packageFile, RUNNING_BUILT } from '../package-root.js';
import type { ApicompatConfig } from '../policy.js';
import type { ReportSources } from '../report/reporter.js';
import type { Report } from '../types.js';
import { defaultBase, findRepository, resolveRef, type ResolvedRef } from './base-ref.js';
import { checkSpecs, type SpecTree } from './check-specs.js';
import { checkSurfaces } from './check-surfaces.js';
import { FLAG_WORDS, type OptionWords } from './option-words.js';
import type { SpecPattern } from './spec-list.js';
import { folderSurface, gitSurface, indexSurface, type Surface } from './surface.js';
import { workerPoolRunner } from './worker-pool.js';

export const DEFAULT_SURFACE = 'api-surface';

/** A document (path or glob) to check as a service, relative to the folder `from`. */
export interface NamedSpec {
  pattern: string;
  /** The service's name (default: the document's folder or file name). */
  name?: string;
  /** Where the pattern was given, for messages: `--spec x.yaml`, `specs[0] (x.yaml) in apicompat.config.yaml`. */
  origin: string;
  from: string;
}

export interface RunCheckOptions {
  /** A folder inside the repository; relative paths start here. */
  cwd: string;
  /** The environment, read for the CI system's base when `base` is not given. */
  env: Record<string, string | undefined>;
  /** `YYYY-MM-DD` that sunsets are compared with. */
  today: string;
  config: ApicompatConfig;
  /** The git ref to compare with (default: the merge base with the pull request's target, …: see `defaultBase`). */
  base?: string;
  /** Compare this git ref instead of the working tree. */
  head?: string;
  /** Compare what is staged in git's index instead of the working tree. */
  staged?: boolean;
  /** The folder holding one folder per service, relative to `cwd` (default: `api-surface/` at the repository root). */
  surface?: string;
  /** Check these documents as services instead of a surface folder. */
  specs?: readonly NamedSpec[];
  /** Only these services; all when absent or empty. */
  services?: readonly string[];
  validate?: boolean;
  /** Fetch what a shallow clone lacks to reach the base instead of refusing. */
  fetch?: boolean;
  onFetch?: (command: string) => void;
  /** Told which base was chosen and why, before anything is compared. */
  onBase?: (description: string) => void;
  /** Whether the report's notes name the base (default: yes). */
  noteBase?: boolean;
  onSources?: (sources: ReportSources) => void;
  /** Receives one line per document compared although the validator rejects it. */
  onWarning?: (line: string) => void;
  /** How errors name the options that would fix them: the CLI's flags (default) or the library's options. */
  words?: OptionWords;
}

export async function runCheck(options: RunCheckOptions): Promise<Report> {
  const words = options.words ?? FLAG_WORDS;
  const repo = await findRepository(options.cwd);
  const specs = options.specs?.map((spec) => repoSpec(repo, spec));
  if (specs && options.surface !== undefined) throw new InputError(`${words.name('surface')} and ${words.name('specs')} name the services two ways: use one`);
  const fetching = { fetch: options.fetch === true, onFetch: options.onFetch, words };
  const base = options.base !== undefined ? await resolveRef(repo, options.base, 'base', fetching) : await defaultBase(repo, options.env, fetching);
  if (options.staged && options.head !== undefined) throw new InputError(`${words.name('staged')} and ${words.name('head')} both name the new side: pass one of them`);
  const head = options.head !== undefined ? await resolveRef(repo, options.head, 'head', { words }) : undefined;
  const sides = specs ? undefined : await surfaceSides(repo, options.cwd, options.surface, base, head, options.staged === true, words);
  const baseNote = describeBase(base);
  options.onBase?.(baseNote);
  const serviceOptions = {
    today: options.today,
    displayRoot: repo,
    validate: options.validate,
    services: options.services,
    notes: options.noteBase === false ? [] : [baseNote],
    config: options.config,
    onSources: options.onSources,
    onWarning: options.onWarning,
    runJobs: servicePool(),
  };
  if (sides) return checkSurfaces(...sides, serviceOptions);
  const baseTree: SpecTree = { reader: gitTreeReader(repo, base.commit), label: `base ${base.ref}` };
  const revisionTree: SpecTree = head
    ? { reader: gitTreeReader(repo, head.commit), label: `head ${head.ref}` }
    : options.staged
      ? { reader: indexTreeReader(repo), label: 'the staged changes' }
      : { reader: workingTreeReader(repo), label: 'the working tree' };
  return checkSpecs(repo, specs!, baseTree, revisionTree, serviceOptions);
}

function repoSpec(repo: string, spec: NamedSpec): SpecPattern {
  const relative = path.relative(repo, path.resolve(realFolder(spec.from), spec.pattern)).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) throw new InputError(`${spec.origin} lies outside the repository ${repo}`);
  return { pattern: relative, name: spec.name, origin: spec.origin };
}

/** git reports the repository with symbolic links resolved; the working folder may not be. */
function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

async function surfaceSides(repo: string, cwd: string, flag: string | undefined, base: ResolvedRef, head: ResolvedRef | undefined, staged: boolean, words: OptionWords): Promise<[Surface, Surface]> {
  const surface = await surfaceFolder(repo, cwd, flag, words);
  const headSide = head ? headSurface(repo, head, surface, words) : staged ? stagedSurface(repo, surface, words) : workingTree(repo, surface, words);
  return Promise.all([gitSurface(repo, base.commit, surface, `base ${base.ref}`), headSide]);
}

/** Worker threads run the built JavaScript; from TypeScript sources (tests) the services run in this thread. */
function servicePool(): ReturnType<typeof workerPoolRunner> | undefined {
  return RUNNING_BUILT ? workerPoolRunner(packageFile('dist/check/service-worker.js')) : undefined;
}

function describeBase(base: ResolvedRef): string {
  return `base ${base.ref} (${base.commit.slice(0, 12)}): ${base.reason}`;
}

/** The surface folder relative to the repository root; the one given is relative to the working folder. */
async function surfaceFolder(repo: string, cwd: string, flag: string | undefined, words: OptionWords): Promise<string> {
  const absolute = flag === undefined ? path.join(repo, DEFAULT_SURFACE) : path.resolve(await realpath(cwd).catch(() => cwd), flag);
  const relative = path.relative(repo, absolute).split(path.sep).join('/');
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new InputError(`${words.pass('surface', flag)} is outside the repository ${repo}`);
  return relative === '' ? '.' : relative;
}

async function workingTree(repo: string, surface: string, words: OptionWords): Promise<Surface> {
  const root = path.posix.join(repo, surface);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new InputError(`no ${surface}/ folder in ${repo}: put one folder per service there (each with an openapi.yaml), or name the folder with ${words.pass('surface')}`);
  }
  return folderSurface(root, 'the working tree');
}

async function headSurface(repo: string, head: ResolvedRef, surface: string, words: OptionWords): Promise<Surface> {
  const side = await gitSurface(repo, head.commit, surface, `head ${head.ref}`);
  if (side.paths.length === 0) throw new InputError(`no ${surface}/ folder in ${head.ref}: pass ${words.pass('surface')} if the services live elsewhere`);
  return side;
}

async function stagedSurface(repo: string, surface: string, words: OptionWords): Promise<Surface> {
  const side = await indexSurface(repo, surface);
  if (side.paths.length === 0) throw new InputError(`no ${surface}/ folder is staged in ${repo}: pass ${words.pass('surface')} if the services live elsewhere`);
  return side;
}
