import { firstLine, runGit } from './git-source.js';
import { InputError } from '../load/input-error.js';

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

/** The commit a ref given on the command line names; a clear error (with the fix) when there is none. */
export async function resolveRef(repo: string, ref: string, flag: string): Promise<ResolvedRef> {
  const commit = await commitOf(repo, ref);
  if (commit) return { ref, commit, reason: `given with ${flag}` };
  throw await missingRef(repo, ref);
}

const TARGET_VARIABLES = ['GITHUB_BASE_REF', 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME'] as const;

/**
 * The base when none is given: the merge base with the pull request's target branch when CI names
 * one, else the merge base with `origin/HEAD`, else `HEAD`.
 */
export async function defaultBase(repo: string, env: Record<string, string | undefined>): Promise<ResolvedRef> {
  const variable = TARGET_VARIABLES.find((name) => env[name]);
  if (variable) {
    const branch = env[variable]!;
    const target = await firstCommit(repo, [`refs/remotes/origin/${branch}`, branch]);
    if (!target) {
      throw new InputError(`the pull request's target branch ${branch} (${variable}) is not in this clone: fetch it, e.g. \`git fetch --depth=50 origin ${branch}\``);
    }
    const base = await mergeBase(repo, target.ref, `--depth=50 origin ${branch}`);
    return { ref: target.ref, commit: base, reason: `merge base of HEAD and ${target.ref}, the pull request's target (${variable}=${branch})` };
  }
  const origin = await commitOf(repo, 'refs/remotes/origin/HEAD');
  if (origin) {
    const name = await abbreviated(repo, 'refs/remotes/origin/HEAD');
    const base = await mergeBase(repo, 'refs/remotes/origin/HEAD', `--depth=50 origin ${name.replace(/^origin\//, '')}`);
    return { ref: name, commit: base, reason: `merge base of HEAD and origin/HEAD (${name}); no CI target branch set` };
  }
  const head = await commitOf(repo, 'HEAD');
  if (!head) throw new InputError('the repository has no commits yet: commit the API surface first, or pass --base REF');
  return { ref: 'HEAD', commit: head, reason: 'no --base, no CI target branch, no origin/HEAD: the last commit' };
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

async function mergeBase(repo: string, target: string, fetchHint: string): Promise<string> {
  const result = await runGit(['merge-base', 'HEAD', target], repo);
  if (result.code === 0) return result.stdout.toString('utf8').trim();
  if (await isShallow(repo)) {
    throw new InputError(`HEAD and ${target} have no common commit in this shallow clone: fetch more history, e.g. \`git fetch ${fetchHint}\` (or clone with fetch-depth 0)`);
  }
  throw new InputError(`HEAD and ${target} have no common commit: pass the base explicitly with --base REF`);
}

async function isShallow(repo: string): Promise<boolean> {
  const result = await runGit(['rev-parse', '--is-shallow-repository'], repo);
  return result.stdout.toString('utf8').trim() === 'true';
}

async function missingRef(repo: string, ref: string): Promise<InputError> {
  const relative = /[~^]/.test(ref);
  if (await isShallow(repo)) {
    if (relative) return new InputError(`${ref} lies beyond the history of this shallow clone: fetch more, e.g. \`git fetch --deepen=50\``);
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
