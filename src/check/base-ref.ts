import { firstLine, runGit } from '../load/git-source.js';
import { InputError } from '../load/input-error.js';
import { ciBaseHint, inCi, type Env } from './ci-event.js';
import { FLAG_WORDS, type OptionWords } from './option-words.js';

/** The repository's top folder (as git reports it: symlinks resolved). */
export async function findRepository(cwd: string): Promise<string> {
  const result = await runGit(['rev-parse', '--show-toplevel'], cwd);
  if (result.code === 0) return result.stdout.toString('utf8').trim();
  if (/dubious ownership/.test(result.stderr)) {
    throw new InputError(`git refuses the repository in ${cwd} (dubious ownership): run \`git config --global --add safe.directory '*'\` in the CI job first`);
  }
  if (/not a git repository/i.test(result.stderr)) {
    throw new InputError(`not a git repository: ${cwd}; run apicompat check inside a clone of the repository (or compare two files with \`apicompat diff\`)`);
  }
  throw new InputError(`git cannot open a repository in ${cwd}: ${firstLine(result.stderr)}`);
}

/** A ref as a commit: what was asked for, the commit, and why it was chosen. */
export interface ResolvedRef {
  ref: string;
  commit: string;
  reason: string;
}

/** The commit `ref` names, or undefined when there is none. */
export async function commitOf(repo: string, ref: string): Promise<string | undefined> {
  const result = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], repo);
  return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

/** The commit a ref given as `option` names; a clear error (with the fix) when there is none. */
export async function resolveRef(repo: string, ref: string, option: 'base' | 'head', options: BaseOptions = {}): Promise<ResolvedRef> {
  const words = wordsOf(options);
  const commit = await commitOf(repo, ref);
  if (commit) return { ref, commit, reason: `given with ${words.name(option)}` };
  if (options.fetch && FULL_SHA.test(ref)) return { ...(await ciCommit(repo, ref, `given with ${words.name(option)}`, options)), ref };
  throw await missingRef(repo, ref, words);
}

function wordsOf(options: BaseOptions): OptionWords {
  return options.words ?? FLAG_WORDS;
}

/** Only a full commit id can be fetched by itself. */
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

export interface BaseOptions {
  /** Fetch what a shallow clone lacks instead of saying which `git fetch` would. */
  fetch?: boolean;
  /** Told each fetch as it runs, e.g. to say so on stderr. */
  onFetch?: (command: string) => void;
  /** How errors name the options that would fix them (default: the CLI's flags). */
  words?: OptionWords;
}

/**
 * The base when none is given: what the CI system names (see `ciBaseHint`), else the merge base
 * with `origin/HEAD`, else, outside CI, `HEAD`. In CI a base that is HEAD itself compares the
 * build with itself and passes whatever it holds: that is refused.
 */
export async function defaultBase(repo: string, env: Env, options: BaseOptions = {}): Promise<ResolvedRef> {
  const words = wordsOf(options);
  const hint = ciBaseHint(env);
  if (hint?.kind === 'target') return mergeBaseWithTarget(repo, hint.branch, `${hint.reason} (${hint.source})`, options);
  if (hint?.kind === 'commit') return ciCommit(repo, hint.commit, `${hint.reason} (${hint.source})`, options);
  const head = await commitOf(repo, 'HEAD');
  if (!head) throw new InputError(`the repository has no commits yet: commit the API description first, or pass ${words.pass('base')}`);
  const origin = await commitOf(repo, 'refs/remotes/origin/HEAD');
  if (origin) {
    const name = await abbreviated(repo, 'refs/remotes/origin/HEAD');
    const base = await mergeBase(repo, 'refs/remotes/origin/HEAD', name.replace(/^origin\//, ''), options);
    if (!(inCi(env) && base === head)) return { ref: name, commit: base, reason: `merge base of HEAD and origin/HEAD (${name}); no CI target branch set` };
  }
  if (inCi(env)) {
    throw new InputError(
      `no base to compare with in CI: no pull request target (GITHUB_BASE_REF, CI_MERGE_REQUEST_TARGET_BRANCH_NAME), no push event's before commit (GITHUB_EVENT_PATH, CI_COMMIT_BEFORE_SHA)${origin ? ', and the merge base with origin/HEAD is HEAD itself' : ', no origin/HEAD'}: pass ${words.pass('base')}, e.g. ${words.pass('base', 'origin/main')} or ${words.pass('base', '<the commit before the push>')}`,
    );
  }
  return { ref: 'HEAD', commit: head, reason: `no ${words.name('base')}, no CI target branch, no origin/HEAD: the last commit` };
}

/** The merge base of HEAD and `branch` on origin (or the local branch), fetching what a shallow clone lacks when allowed. */
async function mergeBaseWithTarget(repo: string, branch: string, why: string, options: BaseOptions): Promise<ResolvedRef> {
  let target = await firstCommit(repo, [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]);
  if (!target) {
    // --deepen, not --depth: the head commit of a shallow clone must reach back to the fork point too.
    const fetch = (await isShallow(repo)) ? `git fetch --no-tags --deepen=50 origin ${trackingRefspec(branch)}` : `git fetch --no-tags origin ${trackingRefspec(branch)}`;
    if (!options.fetch) throw new InputError(`${why}, the branch ${branch}, is not in this clone: run \`${fetch}\`, or pass ${wordsOf(options).pass('fetch')}`);
    await runFetch(repo, fetch, options);
    target = await firstCommit(repo, [`refs/remotes/origin/${branch}`]);
    if (!target) throw new InputError(`\`${fetch}\` did not bring origin/${branch}`);
  }
  const base = await mergeBase(repo, target.ref, branch, options);
  return { ref: target.ref, commit: base, reason: `merge base of HEAD and ${target.ref}, ${why}` };
}

/** A base commit named by CI, fetched on its own when a shallow clone lacks it and fetching is allowed. */
async function ciCommit(repo: string, commit: string, why: string, options: BaseOptions): Promise<ResolvedRef> {
  const short = commit.slice(0, 12);
  let resolved = await commitOf(repo, commit);
  if (!resolved) {
    const fetch = `git fetch --no-tags --depth=1 origin ${commit}`;
    if (!options.fetch) throw new InputError(`the base commit ${short} (${why}) is not in this clone: run \`${fetch}\`, or pass ${wordsOf(options).pass('fetch')}`);
    await runFetch(repo, fetch, options);
    resolved = await commitOf(repo, commit);
    if (!resolved) throw new InputError(`\`${fetch}\` did not bring ${short}`);
  }
  return { ref: short, commit: resolved, reason: why };
}

function trackingRefspec(branch: string): string {
  return `+refs/heads/${branch}:refs/remotes/origin/${branch}`;
}

async function runFetch(repo: string, command: string, options: BaseOptions): Promise<void> {
  options.onFetch?.(command);
  const result = await runGit(command.split(' ').slice(1), repo);
  if (result.code !== 0) throw new InputError(`\`${command}\` failed: ${firstLine(result.stderr)}`);
}

async function firstCommit(repo: string, refs: string[]): Promise<{ ref: string; commit: string } | undefined> {
  for (const ref of refs) {
    const commit = await commitOf(repo, ref);
    if (commit) return { ref: await abbreviated(repo, ref), commit };
  }
  return undefined;
}

async function abbreviated(repo: string, ref: string): Promise<string> {
  const result = await runGit(['rev-parse', '--abbrev-ref', ref], repo);
  return result.code === 0 ? result.stdout.toString('utf8').trim() : ref;
}

/**
 * The merge base of HEAD and `target`. In a shallow clone either history may stop short of it:
 * `--unshallow` then brings all of it, so a second round always finds it.
 */
async function mergeBase(repo: string, target: string, branch: string, options: BaseOptions): Promise<string> {
  const words = wordsOf(options);
  const result = await runGit(['merge-base', 'HEAD', target], repo);
  if (result.code === 0) return result.stdout.toString('utf8').trim();
  if (!(await isShallow(repo))) throw new InputError(`HEAD and ${target} have no common commit: pass the base explicitly with ${words.pass('base')}`);
  const fetch = `git fetch --no-tags --unshallow origin ${trackingRefspec(branch)}`;
  if (!options.fetch) throw new InputError(`HEAD and ${target} have no common commit in this shallow clone: run \`${fetch}\`, or pass ${words.pass('fetch')}`);
  await runFetch(repo, fetch, options);
  const again = await runGit(['merge-base', 'HEAD', target], repo);
  if (again.code === 0) return again.stdout.toString('utf8').trim();
  throw new InputError(`HEAD and ${target} have no common commit: pass the base explicitly with ${words.pass('base')}`);
}

async function isShallow(repo: string): Promise<boolean> {
  const result = await runGit(['rev-parse', '--is-shallow-repository'], repo);
  return result.stdout.toString('utf8').trim() === 'true';
}

async function missingRef(repo: string, ref: string, words: OptionWords): Promise<InputError> {
  const relative = /[~^]/.test(ref);
  if (await isShallow(repo)) {
    if (relative) return new InputError(`${ref} lies beyond the history of this shallow clone: fetch more, e.g. \`git fetch --deepen=50\``);
    if (FULL_SHA.test(ref)) return new InputError(`${ref} is not in this shallow clone: run \`git fetch --no-tags --depth=1 origin ${ref}\`, or pass ${words.pass('fetch')}`);
    const branch = /^[0-9a-f]{7,64}$/i.test(ref) ? await defaultBranch(repo) : ref.replace(/^(refs\/remotes\/)?origin\//, '');
    return new InputError(`${ref} is not in this shallow clone: fetch it, e.g. \`git fetch --depth=50 origin ${branch}\``);
  }
  if (relative) return new InputError(`${ref} does not exist: the history is not that long`);
  return new InputError(`unknown git ref "${ref}": no branch, tag or commit of that name (for a remote branch, run \`git fetch origin\` and use origin/<branch>)`);
}

/** The branch a hint should fetch: origin's default branch, else the current one, else `main`. */
async function defaultBranch(repo: string): Promise<string> {
  const origin = await abbreviated(repo, 'refs/remotes/origin/HEAD');
  if (origin.startsWith('origin/')) return origin.slice('origin/'.length);
  const current = await abbreviated(repo, 'HEAD');
  return current && current !== 'HEAD' && !current.startsWith('refs/') ? current : 'main';
}
