import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { ROOT } from './support/fixtures.js';

// The built CLI indexes large JSON texts on a worker thread to find lines; in-process (TypeScript
// sources) lines are found by scanning. Both must print the same bytes.
const BIN = path.join(ROOT, 'dist/cli/bin.js');
const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'apicompat-large-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** About 1.5 MB of pretty-printed JSON: 600 operations, each with its own schema component. */
function spec(changed: boolean): string {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < 600; i++) {
    if (changed && i === 590) continue;
    const ref = { $ref: `#/components/schemas/Item${i}` };
    paths[`/items${i}/{id}`] = {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: `Item ${i} [with {brackets}] and "quotes"`, content: { 'application/json': { schema: ref } } } },
      },
    };
    const properties: Record<string, unknown> = { id: { type: 'string' }, note: { type: 'string', description: 'x'.repeat(1500) } };
    if (!(changed && i === 598)) properties.count = { type: 'integer' };
    schemas[`Item${i}`] = { type: 'object', required: ['id'], properties };
  }
  return JSON.stringify({ openapi: '3.0.3', info: { title: 'large', version: '1.0.0' }, paths, components: { schemas } }, null, 2);
}

describe('diff of large JSON documents', () => {
  it('prints the same report, lines included, from the built CLI and in-process', async () => {
    expect(existsSync(BIN), `${BIN} is missing: run npm run build`).toBe(true);
    writeFileSync(path.join(dir, 'base.json'), spec(false));
    writeFileSync(path.join(dir, 'revision.json'), spec(true));
    expect(spec(false).length).toBeGreaterThan(1 << 20);
    const args = ['diff', 'base.json', 'revision.json', '--format', 'json', '--today', '2026-06-15'];
    const spawned = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const inProcess = await runCli(args, { cwd: dir });
    expect([spawned.status, spawned.stderr]).toEqual([1, '']);
    expect(spawned.stdout).toBe(inProcess.stdout);
    // The library from code given on the command line, whose --input-type workers must not inherit
    // (and with a V8 flag, which Node refuses in a worker's own options).
    const index = pathToFileURL(path.join(ROOT, 'dist/index.js')).href;
    const script = `import { compare, REPORTERS } from ${JSON.stringify(index)};
      const report = await compare('base.json', 'revision.json', { today: '2026-06-15' });
      process.stdout.write(REPORTERS.json(report, { color: false, failOn: 'breaking' }));`;
    const library = spawnSync(process.execPath, ['--input-type=module', '--always-sparkplug', '-e', script], { cwd: dir, encoding: 'utf8' });
    expect([library.status, library.stderr, library.stdout]).toEqual([0, '', inProcess.stdout]);
    const report = JSON.parse(inProcess.stdout) as { changes: { ruleId: string; base?: { line: number } }[] };
    // Lines of `"get"` under `"/items590/{id}"` and of `"count"` in `Item598` in base.json.
    expect(report.changes.map((c) => `${c.ruleId} ${c.base?.line}`)).toEqual([
      'operation-removed-without-deprecation 15349',
      'response-optional-property-removed 26388',
    ]);
  });

  it('refuses a repeated key in a large file, after the index thread counted the keys, as in-process', async () => {
    writeFileSync(path.join(dir, 'base.json'), spec(false));
    // A repeated "description" deep in the file: still valid JSON, so only the key count tells.
    const text = spec(true).replace('"description": "Item 300 ', '"description": "first",\n            "description": "Item 300 ');
    writeFileSync(path.join(dir, 'repeated.json'), text);
    const args = ['diff', 'base.json', 'repeated.json', '--format', 'json'];
    const spawned = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const inProcess = await runCli(args, { cwd: dir });
    const line = text.slice(0, text.indexOf('"description": "Item 300 ')).split('\n').length;
    expect([spawned.status, spawned.stderr, spawned.stdout]).toEqual([2, `apicompat: repeated.json:${line}: duplicate key "description"\n`, '']);
    expect([inProcess.code, inProcess.stderr]).toEqual([2, spawned.stderr]);
  });

  it('exits when one side is refused while the other is still loading (no thread left running)', () => {
    writeFileSync(path.join(dir, 'base.json'), spec(false));
    writeFileSync(path.join(dir, 'broken.json'), '{"openapi": "3.0.3",\n  "info": }');
    for (const args of [['diff', 'base.json', 'broken.json'], ['diff', 'broken.json', 'base.json']]) {
      const spawned = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      // JSON.parse words its complaint differently from one Node release to the next.
      expect([spawned.status, spawned.signal]).toEqual([2, null]);
      expect(spawned.stderr).toMatch(/^apicompat: broken\.json(:2)?: invalid JSON: [^\n]+\n$/);
    }
  });
});
