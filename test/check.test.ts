import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './support/run-cli.js';
import { commitAll, git, repoWith, tempDir, write } from './support/git-repo.js';

const SHARED = `components:
  schemas:
    Problem:
      type: object
      required: [title]
      properties:
        title:
          type: string
  responses:
    NotFound:
      description: No such resource.
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
`;

const USERS = `openapi: 3.0.3
info:
  title: Users
  version: 1.0.0
paths:
  /users/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: string
    get:
      operationId: getUser
      responses:
        "200":
          description: The user.
        "404":
          $ref: '../shared/common.yaml#/components/responses/NotFound'
    delete:
      operationId: deleteUser
      responses:
        "204":
          description: Deleted.
`;

const BILLING = `openapi: 3.0.3
info:
  title: Billing
  version: 2.0.0
paths:
  /invoices:
    get:
      operationId: listInvoices
      responses:
        "200":
          description: The invoices.
`;

const USERS_WITHOUT_DELETE = USERS.slice(0, USERS.indexOf('    delete:'));

/** A repository with two services (users, billing) sharing `shared/`, committed once on `main`. */
function twoServiceRepo(): string {
  return repoWith({ 'api-surface/shared/common.yaml': SHARED, 'api-surface/users/openapi.yaml': USERS, 'api-surface/billing/openapi.yaml': BILLING });
}

async function check(cwd: string, args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return runCli(['check', ...args], { cwd, env: { APICOMPAT_TODAY: '2026-06-15', ...env } });
}

function json(run: CliRun) {
  return JSON.parse(run.stdout) as {
    summary: Record<string, number>;
    changes: { ruleId: string; class: string; service?: string; operation?: { method: string; path: string }; base?: { file: string; line: number | null }; revision?: { file: string; line: number | null } }[];
    services: { name: string; baseVersion?: string; revisionVersion?: string; baseFile?: string; revisionFile?: string }[];
    notes: string[];
  };
}

describe('apicompat check against the working tree', () => {
  let repo: string;
  beforeAll(() => {
    repo = twoServiceRepo();
  });

  it('passes with no changes, listing each service and the base it used', async () => {
    const run = await check(repo, ['--base', 'HEAD', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^apicompat: base HEAD \([0-9a-f]{12}\): given with --base\n$/);
    const report = json(run);
    expect(report.changes).toEqual([]);
    expect(report.services).toEqual([
      { name: 'billing', baseVersion: '2.0.0', revisionVersion: '2.0.0', baseFile: 'api-surface/billing/openapi.yaml', revisionFile: 'api-surface/billing/openapi.yaml', rollbackSafe: true, rollbackUnsafeEdits: [] },
      { name: 'users', baseVersion: '1.0.0', revisionVersion: '1.0.0', baseFile: 'api-surface/users/openapi.yaml', revisionFile: 'api-surface/users/openapi.yaml', rollbackSafe: true, rollbackUnsafeEdits: [] },
    ]);
    expect(report.notes).toEqual([run.stderr.trim().replace(/^apicompat: /, '')]);
  });

  it('fails on an uncommitted removal, naming the service, the file from the repository root and the line; git status is untouched', async () => {
    write(repo, 'api-surface/users/openapi.yaml', USERS_WITHOUT_DELETE);
    const status = git(repo, 'status', '--porcelain');
    const index = readFileSync(path.join(repo, '.git/index'));
    try {
      const run = await check(repo, ['--base', 'HEAD', '--format', 'json']);
      expect(run.code).toBe(1);
      const report = json(run);
      const counts = { breaking: 1, deprecation: 0, additive: 0, accepted: { breaking: 0, deprecation: 0, additive: 0 } };
      expect(report.summary).toEqual({ ...counts, edits: counts });
      expect(report.changes).toMatchObject([
        {
          ruleId: 'operation-removed-without-deprecation',
          class: 'breaking',
          service: 'users',
          operation: { method: 'DELETE', path: '/users/{id}' },
          base: { file: 'api-surface/users/openapi.yaml', line: 20 },
          revision: { file: 'api-surface/users/openapi.yaml', line: 6 },
        },
      ]);
      expect(git(repo, 'status', '--porcelain')).toBe(status);
      expect(readFileSync(path.join(repo, '.git/index')).equals(index)).toBe(true);
    } finally {
      git(repo, 'checkout', '-q', '--', 'api-surface');
    }
  });

  it('prints a summary per service, then the verdict, in text', async () => {
    write(repo, 'api-surface/users/openapi.yaml', USERS_WITHOUT_DELETE);
    try {
      const run = await check(repo, ['--base', 'HEAD']);
      expect(run.code).toBe(1);
      expect(run.stdout.split('\n').slice(-4)).toEqual([
        '✔ billing  0 breaking, 0 deprecation, 0 additive; rollback-safe: yes',
        '✖ users    1 breaking, 0 deprecation, 0 additive; rollback-safe: yes',
        '✖ 1 breaking edit (1 change), 0 deprecation, 0 additive: fails the policy (--fail-on breaking)',
        '',
      ]);
      expect(run.stdout).toContain('[users] operation-removed-without-deprecation');
      expect(run.stdout).toContain('base api-surface/users/openapi.yaml:20');
    } finally {
      git(repo, 'checkout', '-q', '--', 'api-surface');
    }
  });

  it('resolves multi-file $refs inside the same side: a shared file changed only in the working tree', async () => {
    write(repo, 'api-surface/shared/common.yaml', SHARED.replace('      required: [title]\n', ''));
    try {
      const run = await check(repo, ['--base', 'HEAD', '--format', 'json']);
      expect(run.code).toBe(1);
      expect(json(run).changes).toMatchObject([
        {
          ruleId: 'response-property-became-optional',
          service: 'users',
          operation: { method: 'GET', path: '/users/{id}' },
          base: { file: 'api-surface/shared/common.yaml', line: 7 },
          revision: { file: 'api-surface/shared/common.yaml', line: 6 },
        },
      ]);
    } finally {
      git(repo, 'checkout', '-q', '--', 'api-surface');
    }
  });

  it('reports a deleted service folder as service-removed', async () => {
    rmSync(path.join(repo, 'api-surface/billing'), { recursive: true });
    try {
      const run = await check(repo, ['--base', 'HEAD', '--format', 'json']);
      expect(run.code).toBe(1);
      const report = json(run);
      expect(report.changes).toEqual([
        expect.objectContaining({ ruleId: 'service-removed', class: 'breaking', service: 'billing', base: { file: 'api-surface/billing/openapi.yaml', line: 1, pointer: '' } }),
      ]);
      expect(report.services.map((s) => s.name)).toEqual(['billing', 'users']);
      expect(report.services[0]).toEqual({ name: 'billing', baseVersion: '2.0.0', baseFile: 'api-surface/billing/openapi.yaml', rollbackSafe: true, rollbackUnsafeEdits: [] });
    } finally {
      git(repo, 'checkout', '-q', '--', 'api-surface');
    }
  });

  it('reports a new service folder as service-added and passes', async () => {
    write(repo, 'api-surface/payments/openapi.json', JSON.stringify({ openapi: '3.1.0', info: { title: 'Payments', version: '0.1.0' }, paths: {} }));
    try {
      const run = await check(repo, ['--base', 'HEAD', '--format', 'json']);
      expect(run.code).toBe(0);
      expect(json(run).changes).toEqual([
        expect.objectContaining({ ruleId: 'service-added', class: 'additive', service: 'payments', revision: { file: 'api-surface/payments/openapi.json', line: 1, pointer: '' } }),
      ]);
    } finally {
      rmSync(path.join(repo, 'api-surface/payments'), { recursive: true });
    }
  });

  it("applies the configuration per service: a service's own rule setting and failOn", async () => {
    write(repo, 'api-surface/users/openapi.yaml', USERS_WITHOUT_DELETE);
    write(repo, 'apicompat.config.yaml', 'services:\n  users:\n    rules:\n      operation-removed-without-deprecation: deprecation\n');
    try {
      const relaxed = await check(repo, ['--base', 'HEAD', '--format', 'json']);
      expect(relaxed.code).toBe(0);
      expect(json(relaxed).changes.map((c) => `${c.ruleId} ${c.class} ${c.service}`)).toEqual(['operation-removed-without-deprecation deprecation users']);
      write(repo, 'apicompat.config.yaml', 'services:\n  users:\n    failOn: deprecation\n    rules:\n      operation-removed-without-deprecation: deprecation\n');
      expect((await check(repo, ['--base', 'HEAD', '--format', 'json'])).code).toBe(1);
      // The text verdict holds each service to its own failOn too, as the exit code does.
      const text = await check(repo, ['--base', 'HEAD']);
      expect(text.code).toBe(1);
      expect(text.stdout.split('\n').slice(-4)).toEqual([
        '✔ billing  0 breaking, 0 deprecation, 0 additive; rollback-safe: yes',
        '✖ users    0 breaking, 1 deprecation, 0 additive; rollback-safe: yes',
        '✖ 0 breaking, 1 deprecation edit (1 change), 0 additive: fails the policy (--fail-on breaking; users: deprecation)',
        '',
      ]);
    } finally {
      rmSync(path.join(repo, 'apicompat.config.yaml'));
      git(repo, 'checkout', '-q', '--', 'api-surface');
    }
  });

  it('limits the run to the services named with --service', async () => {
    write(repo, 'api-surface/users/openapi.yaml', USERS_WITHOUT_DELETE);
    try {
      const run = await check(repo, ['--base', 'HEAD', '--service', 'billing', '--format', 'json']);
      expect(run.code).toBe(0);
      expect(json(run).services.map((s) => s.name)).toEqual(['billing']);
      expect(json(run).changes).toEqual([]);
    } finally {
      git(repo, 'checkout', '-q', '--', 'api-surface');
    }
  });

  it('refuses an unknown --service, listing the services there are', async () => {
    const run = await check(repo, ['--base', 'HEAD', '--service', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/apicompat: no service named nope on either side: the services are billing, users\n$/);
  });

  it('names the service and the file of a changed document that fails validation', async () => {
    write(repo, 'api-surface/billing/openapi.yaml', BILLING.replace('      responses:\n        "200":\n          description: The invoices.\n', '      responses: 42\n'));
    try {
      const run = await check(repo, ['--base', 'HEAD']);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')).toEqual([expect.stringMatching(/^apicompat: base HEAD/), expect.stringMatching(/^apicompat: service billing \(the working tree\) does not load: api-surface\/billing\/openapi\.yaml(:\d+)?: .+$/), '']);
    } finally {
      git(repo, 'checkout', '-q', '--', 'api-surface');
    }
  });

  it('compares a changed document the OpenAPI schema rejects, with a warning naming the service; --strict refuses it', async () => {
    write(repo, 'api-surface/billing/openapi.yaml', BILLING.replace('          description: The invoices.\n', '          summary: The invoices.\n'));
    const complaint = "api-surface/billing/openapi.yaml:10: not valid OpenAPI, compared as far as it can be read: /paths/~1invoices/get/responses/200 must have required property 'description'";
    try {
      const run = await check(repo, ['--base', 'HEAD', '--format', 'json']);
      expect(run.code).toBe(0);
      expect(run.stderr.split('\n').slice(1)).toEqual([`apicompat: warning: service billing (the working tree): ${complaint}`, '']);
      const strict = await check(repo, ['--base', 'HEAD', '--strict']);
      expect([strict.code, strict.stderr.split('\n').slice(1)]).toEqual([
        2,
        ["apicompat: service billing (the working tree) does not load: api-surface/billing/openapi.yaml:10: invalid OpenAPI: /paths/~1invoices/get/responses/200 must have required property 'description'", ''],
      ]);
    } finally {
      git(repo, 'checkout', '-q', '--', 'api-surface');
    }
  });

  it('names the service and the file of a document that does not load', async () => {
    write(repo, 'api-surface/users/openapi.yaml', USERS.replace('  version: 1.0.0\n', '  version: [1.0.0\n'));
    try {
      const run = await check(repo, ['--base', 'HEAD']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')[1]).toMatch(/^apicompat: service users \(the working tree\) does not load: api-surface\/users\/openapi\.yaml:\d+: .+$/);
    } finally {
      git(repo, 'checkout', '-q', '--', 'api-surface');
    }
  });
});

describe('apicompat check between two commits', () => {
  it('compares --base with --head without touching the working tree', async () => {
    const repo = twoServiceRepo();
    write(repo, 'api-surface/users/openapi.yaml', USERS_WITHOUT_DELETE);
    commitAll(repo, 'remove DELETE');
    write(repo, 'api-surface/billing/openapi.yaml', 'not: [valid');
    const run = await check(repo, ['--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(json(run).changes.map((c) => `${c.ruleId} ${c.service}`)).toEqual(['operation-removed-without-deprecation users']);
    expect(readFileSync(path.join(repo, 'api-surface/billing/openapi.yaml'), 'utf8')).toBe('not: [valid');
  });

  it('counts every service as added when the base has no surface yet', async () => {
    const repo = tempDir();
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, 'README.md', 'hello\n');
    git(repo, 'add', '-A');
    git(repo, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'first');
    write(repo, 'api-surface/billing/openapi.yaml', BILLING);
    const run = await check(repo, ['--base', 'HEAD', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(json(run).changes.map((c) => `${c.ruleId} ${c.service}`)).toEqual(['service-added billing']);
  });
});

describe('apicompat check: the default base', () => {
  it('uses HEAD when there is no CI target branch and no origin', async () => {
    const repo = twoServiceRepo();
    const run = await check(repo, []);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^apicompat: base HEAD \([0-9a-f]{12}\): no --base, no CI target branch, no origin\/HEAD: the last commit\n$/);
  });

  it("uses the merge base with the pull request's target branch named by CI", async () => {
    const repo = twoServiceRepo();
    const mainCommit = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'checkout', '-q', '-b', 'feature');
    write(repo, 'api-surface/users/openapi.yaml', USERS_WITHOUT_DELETE);
    commitAll(repo, 'remove DELETE on the branch');
    git(repo, 'checkout', '-q', 'main');
    write(repo, 'api-surface/billing/openapi.yaml', BILLING.replace('2.0.0', '2.1.0'));
    commitAll(repo, 'main moves on');
    git(repo, 'checkout', '-q', 'feature');
    for (const variable of ['GITHUB_BASE_REF', 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME']) {
      const run = await check(repo, ['--format', 'json'], { [variable]: 'main' });
      expect(run.code).toBe(1);
      const whose = variable === 'GITHUB_BASE_REF' ? 'pull' : 'merge';
      expect(run.stderr).toBe(`apicompat: base main (${mainCommit.slice(0, 12)}): merge base of HEAD and main, the ${whose} request's target (${variable}=main)\n`);
      expect(json(run).changes.map((c) => `${c.ruleId} ${c.service}`)).toEqual(['operation-removed-without-deprecation users']);
    }
  });

  it('uses the merge base with origin/HEAD in a clone', async () => {
    const origin = twoServiceRepo();
    const clone = path.join(tempDir(), 'clone');
    git(origin, 'clone', '-q', origin, clone);
    const run = await check(clone, []);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^apicompat: base origin\/main \([0-9a-f]{12}\): merge base of HEAD and origin\/HEAD \(origin\/main\); no CI target branch set\n$/);
  });

  it('says how to fetch a target branch that is not in the clone', async () => {
    const repo = twoServiceRepo();
    const run = await check(repo, [], { GITHUB_BASE_REF: 'release' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "apicompat: the pull request's target (GITHUB_BASE_REF=release), the branch release, is not in this clone: run `git fetch --no-tags origin +refs/heads/release:refs/remotes/origin/release`, or pass --fetch\n",
    );
  });
});

describe('apicompat check: errors CI users hit, one line each with the fix', () => {
  it('outside a git repository', async () => {
    const dir = tempDir();
    const run = await check(dir, []);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`apicompat: not a git repository: ${dir}; run apicompat check inside a clone of the repository (or compare two files with \`apicompat diff\`)\n`);
  });

  it('an unknown ref', async () => {
    const repo = twoServiceRepo();
    const run = await check(repo, ['--base', 'no-such-branch']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('apicompat: unknown git ref "no-such-branch": no branch, tag or commit of that name (for a remote branch, run `git fetch origin` and use origin/<branch>)\n');
  });

  it('a base commit missing from a shallow clone', async () => {
    const origin = twoServiceRepo();
    const first = git(origin, 'rev-parse', 'HEAD').trim();
    write(origin, 'api-surface/billing/openapi.yaml', BILLING.replace('2.0.0', '2.1.0'));
    commitAll(origin, 'second');
    const clone = path.join(tempDir(), 'shallow');
    git(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    const bySha = await check(clone, ['--base', first]);
    expect(bySha.code).toBe(2);
    expect(bySha.stderr).toBe(`apicompat: ${first} is not in this shallow clone: run \`git fetch --no-tags --depth=1 origin ${first}\`, or pass --fetch\n`);
    const fetched = await check(clone, ['--base', first, '--fetch']);
    expect(fetched.stderr).toBe(`apicompat: fetching the base: git fetch --no-tags --depth=1 origin ${first}\napicompat: base ${first} (${first.slice(0, 12)}): given with --base\n`);
    expect(fetched.code).toBe(0);
    const byParent = await check(clone, ['--base', 'HEAD~1']);
    expect(byParent.code).toBe(2);
    expect(byParent.stderr).toBe('apicompat: HEAD~1 lies beyond the history of this shallow clone: fetch more, e.g. `git fetch --deepen=50`\n');
  });

  it('no api-surface/ folder', async () => {
    const repo = tempDir();
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, 'README.md', 'hello\n');
    git(repo, 'add', '-A');
    git(repo, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'first');
    const run = await check(repo, ['--base', 'HEAD']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`apicompat: no api-surface/ folder in ${repo}: put one folder per service there (each with an openapi.yaml), or name the folder with --surface DIR\n`);
  });
});

describe('accepting findings of a check run', () => {
  it('records the run inside .git, so accept finds it by id and git status is untouched', async () => {
    const repo = twoServiceRepo();
    write(repo, 'api-surface/users/openapi.yaml', USERS_WITHOUT_DELETE);
    const statusBefore = git(repo, 'status', '--porcelain');
    const first = await check(repo, ['--base', 'HEAD', '--format', 'json']);
    expect(first.code).toBe(1);
    expect(git(repo, 'status', '--porcelain')).toBe(statusBefore);
    const [finding] = json(first).changes;
    expect(finding.ruleId).toBe('operation-removed-without-deprecation');
    const id = (finding as unknown as { id: string }).id;

    const accepted = await runCli(['accept', id, '--reason', 'clients migrated to the admin API', '--expires', '2026-12-31'], {
      cwd: repo,
      env: { APICOMPAT_TODAY: '2026-06-15' },
    });
    expect(accepted.code).toBe(0);
    expect(accepted.stdout + accepted.stderr).toContain('1 entry added to apicompat.config.yaml');

    const second = await check(repo, ['--base', 'HEAD', '--format', 'json']);
    expect(second.code).toBe(0);
    expect(json(second).changes.map((c) => (c as unknown as { accepted?: { reason: string } }).accepted?.reason)).toEqual(['clients migrated to the admin API']);
  });
});
