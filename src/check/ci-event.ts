// What a CI system says about the change being built: the target branch of a pull (merge)
// request, or the commit a push started from. Plain reading of the environment and event file.
import { readFileSync } from 'node:fs';
import { InputError } from '../load/input-error.js';

export type Env = Record<string, string | undefined>;

/** Where the base comes from, in the order it is looked for. */
export type BaseHint =
  | { kind: 'target'; branch: string; source: string; reason: string }
  | { kind: 'commit'; commit: string; source: string; reason: string };

/** A commit of all zeros: the push created the branch, or the CI system has no previous commit. */
const NO_COMMIT = /^0+$/;

/**
 * The base a CI system names, most specific first: GitHub's pull request target, GitLab's merge
 * request diff base (then its target branch), the commit a GitHub push started from (or, for a new
 * branch, the repository's default branch), GitLab's commit before the push.
 */
export function ciBaseHint(env: Env): BaseHint | undefined {
  if (env.GITHUB_BASE_REF) return { kind: 'target', branch: env.GITHUB_BASE_REF, source: `GITHUB_BASE_REF=${env.GITHUB_BASE_REF}`, reason: "the pull request's target" };
  const diffBase = env.CI_MERGE_REQUEST_DIFF_BASE_SHA;
  if (diffBase && !NO_COMMIT.test(diffBase)) return { kind: 'commit', commit: diffBase, source: 'CI_MERGE_REQUEST_DIFF_BASE_SHA', reason: "the merge request's diff base" };
  const mrTarget = env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME;
  if (mrTarget) return { kind: 'target', branch: mrTarget, source: `CI_MERGE_REQUEST_TARGET_BRANCH_NAME=${mrTarget}`, reason: "the merge request's target" };
  if (env.GITHUB_EVENT_NAME === 'push' && env.GITHUB_EVENT_PATH) {
    const event = readEvent(env.GITHUB_EVENT_PATH);
    if (typeof event.before === 'string' && !NO_COMMIT.test(event.before)) {
      return { kind: 'commit', commit: event.before, source: 'GITHUB_EVENT_PATH', reason: "the push event's before commit" };
    }
    const branch = event.repository?.default_branch;
    if (typeof branch === 'string' && branch !== '') {
      return { kind: 'target', branch, source: 'GITHUB_EVENT_PATH', reason: "the repository's default branch (the push created the branch)" };
    }
  }
  const before = env.CI_COMMIT_BEFORE_SHA;
  if (before && !NO_COMMIT.test(before)) return { kind: 'commit', commit: before, source: 'CI_COMMIT_BEFORE_SHA', reason: 'the commit before the push' };
  return undefined;
}

/** CI systems set `CI` (GitHub Actions, GitLab, CircleCI, Travis, Buildkite, Jenkins plugins...). */
export function inCi(env: Env): boolean {
  return (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') || env.GITHUB_ACTIONS === 'true' || env.GITLAB_CI === 'true';
}

interface PushEvent {
  before?: unknown;
  repository?: { default_branch?: unknown };
}

function readEvent(file: string): PushEvent {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError('cannot read the event file named by GITHUB_EVENT_PATH', file);
  }
  try {
    const event = JSON.parse(text) as unknown;
    return event !== null && typeof event === 'object' ? (event as PushEvent) : {};
  } catch {
    throw new InputError('the event file named by GITHUB_EVENT_PATH is not JSON', file);
  }
}
