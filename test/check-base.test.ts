import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openapi } from './support/documents.js';
import { commitAll, git, repoWith, tempDir, write } from './support/git-repo.js';
import { runCli, type CliRun } from './support/run-cli.js';

const SPEC = 'docs/openapi.yaml';
const BEFORE = openapi(['/orders'], { withDelete: true });
const BROKEN = openapi(['/orders']);

function check(cwd: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  return runCli(['check', '--spec', SPEC, '--format', 'json', ...args], { cwd, env: { APICOMPAT_TODAY: '2026-06-15', ...env } });
}

function ruleIds(run: CliRun): string[] {
  return (JSON.parse(run.stdout) as { changes: { ruleId: string }[] }).changes.map((c) => c.ruleId);
}

/** The one `git ...` command a refusal names, run as it is written. */
function runPrinted(cwd: string, stderr: string): string {
  const command = /`(git [^`]+)`/.exec(stderr)?.[1];
  expect(command, stderr).toBeDefined();
  execFileSync('git', command!.split(' ').slice(1), { cwd, stdio: 'ignore' });
  return command!;
}

/** A repository whose main holds the spec, and a feature branch that removes an operation after `extra` empty commits. */
function originWithFeature(extra = 0): string {
  const origin = repoWith({ [SPEC]: BEFORE });
  for (let i = 0; i < 3; i++) git(origin, 'commit', '-q', '--allow-empty', '-m', `main ${i}`);
  git(origin, 'checkout', '-q', '-b', 'feature');
  for (let i = 0; i < extra; i++) git(origin, 'commit', '-q', '--allow-empty', '-m', `feature ${i}`);
  write(origin, SPEC, BROKEN);
  commitAll(origin, 'remove DELETE /orders');
  git(origin, 'checkout', '-q', 'main');
  write(origin, 'README.md', 'main moves on\n');
  commitAll(origin, 'main moves on');
  return origin;
}

function shallowFeatureClone(origin: string): string {
  const clone = path.join(tempDir(), 'clone');
  git(origin, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, clone);
  return clone;
}

describe('check: the base in CI', () => {
  it('a push event compares with its before commit, without origin/HEAD', async () => {
    const repo = repoWith({ [SPEC]: BEFORE });
    const before = git(repo, 'rev-parse', 'HEAD').trim();
    write(repo, SPEC, BROKEN);
    commitAll(repo, 'break it');
    const event = path.join(tempDir(), 'event.json');
    writeFileSync(event, JSON.stringify({ before, after: git(repo, 'rev-parse', 'HEAD').trim(), repository: { default_branch: 'main' } }));
    const run = await check(repo, [], { CI: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    expect(run.stderr).toBe(`apicompat: base ${before.slice(0, 12)} (${before.slice(0, 12)}): the push event's before commit (GITHUB_EVENT_PATH)\n`);
    expect(run.code).toBe(1);
    expect(ruleIds(run)).toEqual(['operation-removed-without-deprecation']);
  });

  it("a push that creates a branch compares with the merge base of the repository's default branch", async () => {
    const origin = originWithFeature();
    const clone = path.join(tempDir(), 'clone');
    git(origin, 'clone', '-q', '--branch', 'feature', origin, clone);
    const event = path.join(tempDir(), 'event.json');
    writeFileSync(event, JSON.stringify({ before: '0'.repeat(40), repository: { default_branch: 'main' } }));
    const run = await check(clone, [], { CI: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^apicompat: base origin\/main \([0-9a-f]{12}\): merge base of HEAD and origin\/main, the repository's default branch \(the push created the branch\) \(GITHUB_EVENT_PATH\)\n$/);
  });

  it.each([
    ['CI_MERGE_REQUEST_DIFF_BASE_SHA', "the merge request's diff base"],
    ['CI_COMMIT_BEFORE_SHA', 'the commit before the push'],
  ])('GitLab: %s', async (variable, reason) => {
    const repo = repoWith({ [SPEC]: BEFORE });
    const before = git(repo, 'rev-parse', 'HEAD').trim();
    write(repo, SPEC, BROKEN);
    commitAll(repo, 'break it');
    const run = await check(repo, [], { CI: 'true', GITLAB_CI: 'true', [variable]: before });
    expect(run.stderr).toBe(`apicompat: base ${before.slice(0, 12)} (${before.slice(0, 12)}): ${reason} (${variable})\n`);
    expect(run.code).toBe(1);
  });

  it('refuses in CI when no base can be found, rather than comparing HEAD with itself', async () => {
    const repo = repoWith({ [SPEC]: BEFORE });
    write(repo, SPEC, BROKEN);
    commitAll(repo, 'break it');
    const run = await check(repo, [], { CI: 'true', GITHUB_EVENT_NAME: 'push' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "apicompat: no base to compare with in CI: no pull request target (GITHUB_BASE_REF, CI_MERGE_REQUEST_TARGET_BRANCH_NAME), no push event's before commit (GITHUB_EVENT_PATH, CI_COMMIT_BEFORE_SHA), no origin/HEAD: pass --base REF, e.g. --base origin/main or --base <the commit before the push>\n",
    );
    const clone = path.join(tempDir(), 'clone');
    git(repo, 'clone', '-q', repo, clone);
    const onMain = await check(clone, [], { CI: 'true' });
    expect(onMain.code).toBe(2);
    expect(onMain.stderr).toMatch(/and the merge base with origin\/HEAD is HEAD itself: pass --base REF/);
    expect((await check(clone, [], {})).code).toBe(0);
  });
});

describe('check: pull requests in shallow clones', () => {
  it.each([
    ['a branch one commit ahead', 0, 1],
    ['a branch 60 commits ahead, beyond the first fetch', 60, 2],
  ])('%s: the printed command, then check again, reaches the verdict in at most two rounds', async (_name, extra, rounds) => {
    const clone = shallowFeatureClone(originWithFeature(extra));
    const env = { CI: 'true', GITHUB_BASE_REF: 'main' };
    const commands: string[] = [];
    let run = await check(clone, [], env);
    while (run.code === 2 && commands.length < 3) {
      commands.push(runPrinted(clone, run.stderr));
      run = await check(clone, [], env);
    }
    expect(commands.length).toBe(rounds);
    expect(commands[0]).toBe('git fetch --no-tags --deepen=50 origin +refs/heads/main:refs/remotes/origin/main');
    if (rounds === 2) expect(commands[1]).toBe('git fetch --no-tags --unshallow origin +refs/heads/main:refs/remotes/origin/main');
    expect(run.code).toBe(1);
    expect(ruleIds(run)).toEqual(['operation-removed-without-deprecation']);
  });

  it('--fetch fetches what is missing itself, saying so', async () => {
    const clone = shallowFeatureClone(originWithFeature(60));
    const run = await check(clone, ['--fetch'], { CI: 'true', GITHUB_BASE_REF: 'main' });
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      'apicompat: fetching the base: git fetch --no-tags --deepen=50 origin +refs/heads/main:refs/remotes/origin/main',
      'apicompat: fetching the base: git fetch --no-tags --unshallow origin +refs/heads/main:refs/remotes/origin/main',
    ]);
    expect(run.code).toBe(1);
    expect(git(clone, 'status', '--porcelain')).toBe('');
  });

  it('--fetch fetches a push event before commit that a depth-1 clone lacks', async () => {
    const origin = originWithFeature();
    git(origin, 'checkout', '-q', 'feature');
    const before = git(origin, 'rev-parse', 'HEAD~1').trim();
    const clone = shallowFeatureClone(origin);
    const event = path.join(tempDir(), 'event.json');
    writeFileSync(event, JSON.stringify({ before }));
    const env = { CI: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event };
    const refused = await check(clone, [], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`apicompat: the base commit ${before.slice(0, 12)} (the push event's before commit (GITHUB_EVENT_PATH)) is not in this clone: run \`git fetch --no-tags --depth=1 origin ${before}\`, or pass --fetch\n`);
    const run = await check(clone, ['--fetch'], env);
    expect(run.code).toBe(1);
  });
});
