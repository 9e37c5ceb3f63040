import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { ROOT } from './support/fixtures.js';
import { GIT_ENV, tempRepo } from './support/git-repo.js';

// The built CLI compares changed services on worker threads; in-process (TypeScript sources) they
// run one after the other. Both must print the same bytes.
const BIN = path.join(ROOT, 'dist/cli/bin.js');
const env = { ...GIT_ENV, APICOMPAT_TODAY: '2026-06-15', NO_COLOR: '1' };
const SERVICES = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'];

const doc = (name: string, removeDelete: boolean, extra = '') => `openapi: 3.0.3
info:
  title: ${name}
  version: 1.0.0
paths:
  /${name}/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: string
    get:
      responses:
        "200":
          description: One ${name}.
          content:
            application/json:
              schema:
                type: object
                properties:
                  id:
                    type: string
${extra}${removeDelete ? '' : `    delete:
      responses:
        "204":
          description: Deleted.
`}`;

const { dir: repo, write, commitAll } = tempRepo('apicompat-workers-');

describe('check with worker threads', () => {
  it('prints the same report as the in-process, one-thread run', async () => {
    expect(existsSync(BIN), `${BIN} is missing: run npm run build`).toBe(true);
    for (const name of SERVICES) write(`api-surface/${name}/openapi.yaml`, doc(name, false));
    commitAll('services');
    // Five services change (enough for the pool), two stay as they are.
    SERVICES.slice(0, 5).forEach((name, i) => write(`api-surface/${name}/openapi.yaml`, doc(name, i % 2 === 0, i % 2 === 1 ? '                  note:\n                    type: string\n' : '')));

    const spawned = spawnSync(process.execPath, [BIN, 'check', '--base', 'HEAD', '--format', 'json'], { cwd: repo, env, encoding: 'utf8' });
    const { code, stdout } = await runCli(['check', '--base', 'HEAD', '--format', 'json'], { cwd: repo, env: { APICOMPAT_TODAY: '2026-06-15' } });
    expect(spawned.status).toBe(1);
    expect(code).toBe(1);
    expect(spawned.stdout).toBe(stdout);
    const report = JSON.parse(stdout) as { changes: { ruleId: string; service: string }[] };
    expect(report.changes.map((c) => `${c.service} ${c.ruleId}`)).toEqual([
      'alpha operation-removed-without-deprecation',
      'charlie operation-removed-without-deprecation',
      'echo operation-removed-without-deprecation',
      'bravo response-property-added',
      'delta response-property-added',
    ]);
  });
});
