import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';

// The built CLI as users run it (`npm ci` builds it; locally run `npm run build` first).
const BIN = path.join(ROOT, 'dist/cli/bin.js');
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull, APICOMPAT_TODAY: '2026-06-15', NO_COLOR: '1' };

const DOC = (extra: string) => `openapi: 3.1.0
info:
  title: Orders
  version: 1.0.0
paths:
  /orders:
    get:
      responses:
        "200":
          description: The orders.
${extra}`;
const DELETE = `    delete:
      responses:
        "204":
          description: Deleted.
`;

const repo = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'apicompat-bin-')));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

describe('node dist/cli/bin.js check', () => {
  it('exits 1 on a removed operation in the working tree and leaves git status as it was', () => {
    expect(existsSync(BIN), `${BIN} is missing: run npm run build`).toBe(true);
    git('init', '-q', '-b', 'main');
    write('api-surface/orders/openapi.yaml', DOC(DELETE));
    write('api-surface/stock/openapi.yaml', DOC('').replace('Orders', 'Stock').replace('/orders', '/stock'));
    git('add', '-A');
    git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'two services');
    write('api-surface/orders/openapi.yaml', DOC(''));
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
