import { describe, expect, it } from 'vitest';
import { check, InputError } from '../src/index.js';
import { openapi, ORDERS, ORDERS_WITHOUT_DELETE } from './support/documents.js';
import { tempRepo } from './support/git-repo.js';

const STOCK = openapi(['/stock'], { title: 'Stock' });

const repo = tempRepo('apicompat-library-');
repo.write('api-surface/orders/openapi.yaml', ORDERS);
repo.write('api-surface/stock/openapi.yaml', STOCK);
repo.write('docs/stock.yaml', STOCK);
repo.commitAll('two services');
const base = repo.git('rev-parse', 'HEAD').trim();
repo.write('api-surface/orders/openapi.yaml', ORDERS_WITHOUT_DELETE);
repo.write('docs/stock.yaml', STOCK.replace('version: 1.0.0', 'version: 1.1.0'));

describe('check() from the library', () => {
  it('compares every service of the working tree with the base, like apicompat check', async () => {
    const report = await check({ cwd: repo.dir, base: 'HEAD', today: '2026-06-15', env: {} });
    expect(report.changes.map((f) => [f.service, f.ruleId, f.class, `${f.operation?.method} ${f.operation?.path}`, `${f.base?.file}:${f.base?.line}`])).toEqual([
      ['orders', 'operation-removed-without-deprecation', 'breaking', 'DELETE /orders/{id}', 'api-surface/orders/openapi.yaml:18'],
    ]);
    expect(report.services).toEqual([
      { name: 'orders', baseVersion: '1.0.0', revisionVersion: '1.0.0', baseFile: 'api-surface/orders/openapi.yaml', revisionFile: 'api-surface/orders/openapi.yaml', rollbackSafe: true, rollbackUnsafeEdits: [] },
      { name: 'stock', baseVersion: '1.0.0', revisionVersion: '1.0.0', baseFile: 'api-surface/stock/openapi.yaml', revisionFile: 'api-surface/stock/openapi.yaml', rollbackSafe: true, rollbackUnsafeEdits: [] },
    ]);
    expect(report.notes).toEqual([`base HEAD (${base.slice(0, 12)}): given with \`base\``]);
    expect(report.summary).toMatchObject({ breaking: 1, deprecation: 0, additive: 0 });
  });

  it('takes the configuration keys, the documents to check and the services to compare', async () => {
    const accepted = await check({
      cwd: repo.dir,
      base: 'HEAD',
      today: '2026-06-15',
      env: {},
      onlyServices: ['orders'],
      accept: [{ rule: 'operation-removed-without-deprecation', service: 'orders', reason: 'announced', expires: '2026-12-31' }],
    });
    expect(accepted.services.map((s) => s.name)).toEqual(['orders']);
    expect(accepted.changes.map((f) => [f.ruleId, f.accepted])).toEqual([['operation-removed-without-deprecation', { reason: 'announced', expires: '2026-12-31' }]]);

    const specs = await check({ cwd: repo.dir, base: 'HEAD', today: '2026-06-15', env: {}, specs: [{ path: 'docs/stock.yaml', name: 'stock-docs' }] });
    expect(specs.services).toEqual([{ name: 'stock-docs', baseVersion: '1.0.0', revisionVersion: '1.1.0', baseFile: 'docs/stock.yaml', revisionFile: 'docs/stock.yaml', rollbackSafe: true, rollbackUnsafeEdits: [] }]);
    expect(specs.changes).toEqual([]);
  });

  it('refuses a base that does not exist with an InputError', async () => {
    await expect(check({ cwd: repo.dir, base: 'no-such-ref', env: {} })).rejects.toBeInstanceOf(InputError);
  });

  it('names its own options in errors, never the CLI flags', async () => {
    const refusal = (options: Parameters<typeof check>[0]) => check({ cwd: repo.dir, ...options }).then(
      () => 'no error',
      (error: Error) => error.message,
    );
    const messages = await Promise.all([
      refusal({ env: { CI: 'true' } }),
      refusal({ base: 'HEAD', env: {}, surface: 'api-surface', specs: ['docs/stock.yaml'] }),
      refusal({ base: 'HEAD', env: {}, staged: true, head: 'HEAD' }),
      refusal({ base: 'HEAD', env: {}, surface: 'no-such-folder' }),
      refusal({ base: 'HEAD', env: {}, surface: '../..' }),
    ]);
    expect(messages).toEqual([
      "no base to compare with in CI: no pull request target (GITHUB_BASE_REF, CI_MERGE_REQUEST_TARGET_BRANCH_NAME), no push event's before commit (GITHUB_EVENT_PATH, CI_COMMIT_BEFORE_SHA), no origin/HEAD: pass the option `base`, e.g. `base: 'origin/main'` or `base: '<the commit before the push>'`",
      '`surface` and `specs` name the services two ways: use one',
      '`staged` and `head` both name the new side: pass one of them',
      `no no-such-folder/ folder in ${repo.dir}: put one folder per service there (each with an openapi.yaml), or name the folder with the option \`surface\``,
      `\`surface: '../..'\` is outside the repository ${repo.dir}`,
    ]);
  });
});
