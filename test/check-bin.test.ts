import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';
import { openapi } from './support/documents.js';
import { GIT_ENV, tempRepo } from './support/git-repo.js';

// The built CLI as users run it (`npm ci` builds it; locally run `npm run build` first).
const BIN = path.join(ROOT, 'dist/cli/bin.js');
const env = { ...GIT_ENV, APICOMPAT_TODAY: '2026-06-15', NO_COLOR: '1' };

const { dir: repo, git, write, commitAll } = tempRepo('apicompat-bin-');

describe('node dist/cli/bin.js check', () => {
  it('exits 1 on a removed operation in the working tree and leaves git status as it was', () => {
    expect(existsSync(BIN), `${BIN} is missing: run npm run build`).toBe(true);
    write('api-surface/orders/openapi.yaml', openapi(['/orders'], { title: 'Orders', withDelete: true }));
    write('api-surface/stock/openapi.yaml', openapi(['/stock'], { title: 'Stock' }));
    commitAll('two services');
    write('api-surface/orders/openapi.yaml', openapi(['/orders'], { title: 'Orders' }));
    const status = git('status', '--porcelain');

    const run = spawnSync(process.execPath, [BIN, 'check', '--base', 'HEAD', '--format', 'json'], { cwd: repo, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^apicompat: base HEAD \([0-9a-f]{12}\): given with --base\n$/);
    const report = JSON.parse(run.stdout) as { changes: { ruleId: string; service: string; base: unknown }[] };
    expect(report.changes.map(({ ruleId, service, base }) => ({ ruleId, service, base }))).toEqual([
      { ruleId: 'operation-removed-without-deprecation', service: 'orders', base: { file: 'api-surface/orders/openapi.yaml', line: 11, pointer: '/paths/~1orders/delete' } },
    ]);
    expect(git('status', '--porcelain')).toBe(status);
  });
});
