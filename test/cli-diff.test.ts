import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/index.js';
import { runCli, type CliRun } from './support/run-cli.js';
import { ROOT } from './support/fixtures.js';

const A = `openapi: 3.0.3
info:
  title: Items
  version: 1.0.0
paths:
  /items/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: string
    get:
      operationId: getItem
      responses:
        "200":
          description: The item.
          content:
            application/json:
              schema:
                type: object
                properties:
                  name:
                    type: string
    delete:
      operationId: deleteItem
      responses:
        "204":
          description: Deleted.
`;
const WITHOUT_DELETE = A.slice(0, A.indexOf('    delete:'));
const ADDED_OP = `${A}  /items:\n    get:\n      operationId: listItems\n      responses:\n        "200":\n          description: The items.\n`;
const DEPRECATED_DELETE = ADDED_OP.replace('      operationId: deleteItem\n', '      operationId: deleteItem\n      deprecated: true\n');

/** `a` as JSON with every object's keys in reverse order. */
function reorderedJson(yamlText: string): string {
  const reverse = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(reverse)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.keys(v).reverse().map((k) => [k, reverse((v as Record<string, unknown>)[k])]))
        : v;
  return JSON.stringify(reverse(parse(yamlText)), null, 2);
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'apicompat-cli-diff-'));
  mkdirSync(path.join(dir, '.git')); // its own repository root: no config from outside applies
  const files: Record<string, string | Uint8Array> = {
    'a.yaml': A,
    'b.yaml': WITHOUT_DELETE,
    'a-reordered.json': reorderedJson(A),
    'renamed.yaml': A.replaceAll('{id}', '{itemId}').replace('name: id', 'name: itemId'),
    'added.yaml': ADDED_OP,
    'deprecated.yaml': DEPRECATED_DELETE,
    'remote.yaml': A.replace('type: object\n', 'type: object\n                $ref: "http://127.0.0.1:9/item.yaml"\n'),
    'escape.yaml': A.replace('type: object\n', 'type: object\n                $ref: "../outside.yaml"\n'),
    'bomb.yaml': aliasBomb(),
    'dupe.yaml': A.replace('  version: 1.0.0\n', '  version: 1.0.0\n  title: Again\n'),
    'dupe.json': '{\n  "openapi": "3.0.3",\n  "paths": {},\n  "openapi": "3.1.0"\n}\n',
    'empty.yaml': '',
    'binary.yaml': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    'overloaded.yaml': `${A}  /items/{key}:\n    get:\n      operationId: getItemByKey\n      responses:\n        "200":\n          description: The item.\n`,
    'invalid.yaml': A.replace('          description: Deleted.\n', '          summary: Deleted.\n'),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  mkdirSync(path.join(dir, 'folder.yaml'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function aliasBomb(): string {
  const doc: string[] = ['openapi: 3.0.3', 'info: {title: t, version: "1"}', 'x-0: &x0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) doc.push(`x-${i}: &x${i} [${Array(9).fill(`*x${i - 1}`).join(',')}]`);
  return `${doc.join('\n')}\npaths: {}\n`;
}

async function run(argv: string[], env: Record<string, string> = {}, isTTY = false): Promise<CliRun> {
  return runCli(argv, { cwd: dir, env, isTTY });
}

const REMOVED_TEXT = `✖ breaking: 1 edit
  ✖ operation-removed-without-deprecation [913a88a96d]
      DELETE /items/{id} was removed without being deprecated first: clients calling it get 404 or 405.
      base a.yaml:25  →  revision b.yaml:6

semver: The changes require a major version bump; info.version is unchanged (1.0.0), so the next release needs it.
✖ 1 breaking edit (1 change), 0 deprecation, 0 additive: fails the policy (--fail-on breaking)
`;

describe('apicompat diff', () => {
  it('a removed operation exits 1 with a breaking finding located on both sides (text)', async () => {
    expect(await run(['diff', 'a.yaml', 'b.yaml'])).toEqual({ code: 1, stdout: REMOVED_TEXT, stderr: '' });
  });

  it('a removed operation exits 1 with a breaking finding located on both sides (JSON)', async () => {
    const result = await run(['diff', 'a.yaml', 'b.yaml', '--format', 'json']);
    expect([result.code, result.stderr]).toEqual([1, '']);
    const report = JSON.parse(result.stdout) as { summary: unknown; changes: unknown[]; edits: unknown[] };
    const none = { breaking: 0, deprecation: 0, additive: 0 };
    const counts = { breaking: 1, deprecation: 0, additive: 0, accepted: none };
    expect(report.summary).toEqual({ ...counts, edits: counts });
    expect(report.changes).toEqual([
      {
        id: '07dbf5de6f',
        edit: '913a88a96d',
        ruleId: 'operation-removed-without-deprecation',
        class: 'breaking',
        direction: 'none',
        message: 'DELETE /items/{id} was removed without being deprecated first: clients calling it get 404 or 405.',
        operation: { method: 'DELETE', path: '/items/{id}' },
        base: { file: 'a.yaml', line: 25, pointer: '/paths/~1items~1{id}/delete' },
        revision: { file: 'b.yaml', line: 6, pointer: '/paths/~1items~1{id}' },
      },
    ]);
    expect(report.edits).toEqual([
      {
        id: '913a88a96d',
        ruleId: 'operation-removed-without-deprecation',
        class: 'breaking',
        direction: 'none',
        message: 'DELETE /items/{id} was removed without being deprecated first: clients calling it get 404 or 405.',
        base: { file: 'a.yaml', line: 25, pointer: '/paths/~1items~1{id}/delete' },
        revision: { file: 'b.yaml', line: 6, pointer: '/paths/~1items~1{id}' },
        operations: [{ method: 'DELETE', path: '/items/{id}' }],
      },
    ]);
  });

  it('the same document as JSON with keys reordered exits 0 with no findings', async () => {
    const result = await run(['diff', 'a.yaml', 'a-reordered.json', '--format', 'json']);
    expect([result.code, result.stderr, (JSON.parse(result.stdout) as { changes: unknown[] }).changes]).toEqual([0, '', []]);
  });

  it('a renamed path parameter exits 0 with no findings', async () => {
    expect(await run(['diff', 'a.yaml', 'renamed.yaml'])).toEqual({
      code: 0,
      stdout: 'No API changes.\n✔ 0 breaking, 0 deprecation, 0 additive: passes (--fail-on breaking)\n',
      stderr: '',
    });
  });
});

describe('paths that differ only in parameter names (invalid OpenAPI, but seen in the wild)', () => {
  it('a document compared with itself reports nothing', async () => {
    const result = await run(['diff', 'overloaded.yaml', 'overloaded.yaml', '-f', 'json']);
    expect([result.code, (JSON.parse(result.stdout) as { changes: unknown[] }).changes]).toEqual([0, []]);
  });

  it('removing the second one is found, not hidden behind the first', async () => {
    const result = await run(['diff', 'overloaded.yaml', 'a.yaml', '-f', 'json']);
    const changes = (JSON.parse(result.stdout) as { changes: { ruleId: string; operation: unknown }[] }).changes;
    expect([result.code, changes.map((f) => [f.ruleId, f.operation])]).toEqual([
      1,
      [['operation-removed-without-deprecation', { method: 'GET', path: '/items/{key}' }]],
    ]);
  });
});

describe('loader refusals exit 2 with one line on stderr', () => {
  it.each([
    ['remote.yaml', 'remote.yaml:22: remote $ref "http://127.0.0.1:9/item.yaml" refused: apicompat never fetches over the network'],
    ['escape.yaml', 'escape.yaml:22: $ref "../outside.yaml" leaves the root folder <dir> (the git work tree)'],
    ['bomb.yaml', 'bomb.yaml: YAML aliases expand too far (a resource exhaustion attack?); refusing the file'],
    ['dupe.yaml', 'dupe.yaml:5: duplicate key "title"'],
    ['dupe.json', 'dupe.json:4: duplicate key "openapi"'],
    ['empty.yaml', 'empty.yaml: empty file'],
    ['binary.yaml', 'binary.yaml: binary file, expected OpenAPI as YAML or JSON'],
    ['missing.yaml', 'missing.yaml: file not found'],
    ['folder.yaml', 'folder.yaml: is a directory, expected an OpenAPI file'],
  ])('%s', async (file, line) => {
    expect(await run(['diff', 'a.yaml', file])).toEqual({ code: 2, stdout: '', stderr: `apicompat: ${line.replace('<dir>', dir)}\n` });
  });

  it('--strict refuses a document the OpenAPI schema rejects', async () => {
    expect(await run(['diff', 'a.yaml', 'invalid.yaml', '--strict'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "apicompat: invalid.yaml:28: invalid OpenAPI: /paths/~1items~1{id}/delete/responses/204 must have required property 'description'\n",
    });
  });

  it('strict: true in the configuration refuses it too', async () => {
    writeFileSync(path.join(dir, 'strict.config.yaml'), 'strict: true\n');
    const result = await run(['diff', 'a.yaml', 'invalid.yaml', '--config', 'strict.config.yaml']);
    expect([result.code, result.stderr]).toEqual([
      2,
      "apicompat: invalid.yaml:28: invalid OpenAPI: /paths/~1items~1{id}/delete/responses/204 must have required property 'description'\n",
    ]);
  });

  it('--debug adds the stack trace', async () => {
    const result = await run(['diff', 'a.yaml', 'empty.yaml', '--debug']);
    expect(result.code).toBe(2);
    const [first, ...rest] = result.stderr.trimEnd().split('\n');
    expect(first).toBe('apicompat: empty.yaml: empty file');
    expect(rest[0]).toBe('InputError: empty file');
    expect(rest.slice(1).every((l) => l.startsWith('    at '))).toBe(true);
    expect(rest.length).toBeGreaterThan(1);
  });
});

describe('a broken OpenAPI 3.2 document exits 2 with one line on stderr', () => {
  const V32 = A.replace('openapi: 3.0.3\n', 'openapi: 3.2.0\n$self: https://example.com/items/openapi\n');

  it.each([
    ['v32-cut.json', JSON.stringify(parse(V32), null, 2).slice(0, 200), /^apicompat: v32-cut\.json(:\d+)?: invalid JSON: [^\n]+\n$/],
    ['v32-tab.yaml', V32.replace('  title: Items', '\ttitle: Items'), /^apicompat: v32-tab\.yaml:4: [^\n]+\n$/],
    ['v32-no-file.yaml', V32.replace('          description: Deleted.\n', '          $ref: "responses/deleted#/Deleted"\n'), /^apicompat: v32-no-file\.yaml:30: \$ref "responses\/deleted#\/Deleted" resolves against \$self to https:\/\/example\.com\/items\/responses\/deleted, which has no local file \(responses\/deleted, or with \.yaml, \.yml or \.json\): apicompat never fetches over the network\n$/],
    ['v32-paths-list.yaml', 'openapi: 3.2.0\ninfo: {title: t, version: "1"}\npaths: [/a]\n', /^apicompat: v32-paths-list\.yaml:3: \/paths must be an object, not a list: the document cannot be compared\n$/],
  ])('%s', async (file, text, stderr) => {
    writeFileSync(path.join(dir, file), text);
    const result = await run(['diff', 'a.yaml', file]);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(stderr);
  });

  it('--strict refuses one the 3.2 schema rejects, with its line', async () => {
    writeFileSync(path.join(dir, 'v32-invalid.yaml'), V32.replace('      operationId: deleteItem\n', '      operationId: deleteItem\n      colour: red\n'));
    expect(await run(['diff', 'a.yaml', 'v32-invalid.yaml', '--strict'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'apicompat: v32-invalid.yaml:26: invalid OpenAPI: /paths/~1items~1{id}/delete has an unexpected property "colour"\n',
    });
  });
});

describe('a document the OpenAPI schema rejects but that can be read', () => {
  const WARNING = "apicompat: warning: invalid.yaml:28: not valid OpenAPI, compared as far as it can be read: /paths/~1items~1{id}/delete/responses/204 must have required property 'description'\n";

  it('is compared, with one warning line, and the exit code comes from the findings', async () => {
    expect(await run(['diff', 'a.yaml', 'invalid.yaml', '--format', 'json'])).toMatchObject({ code: 0, stderr: WARNING });
    writeFileSync(path.join(dir, 'invalid-removed.yaml'), WITHOUT_DELETE.replace('          description: The item.\n', ''));
    const result = await run(['diff', 'a.yaml', 'invalid-removed.yaml', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "apicompat: warning: invalid-removed.yaml:16: not valid OpenAPI, compared as far as it can be read: /paths/~1items~1{id}/get/responses/200 must have required property 'description'\n",
    );
    expect((JSON.parse(result.stdout) as Report).changes.map((c) => `${c.ruleId} ${c.operation?.method} ${c.operation?.path}`)).toEqual([
      'operation-removed-without-deprecation DELETE /items/{id}',
    ]);
  });

  it('warns once per document, base first', async () => {
    const result = await run(['diff', 'invalid.yaml', 'invalid.yaml']);
    expect([result.code, result.stderr]).toEqual([0, WARNING + WARNING]);
  });
});

describe('--fail-on', () => {
  it.each([
    // a -> b: one breaking; a -> deprecated: one deprecation + one additive; a -> added: one additive
    ['b.yaml', undefined, 1],
    ['b.yaml', 'never', 0],
    ['deprecated.yaml', undefined, 0],
    ['deprecated.yaml', 'breaking', 0],
    ['deprecated.yaml', 'deprecation', 1],
    ['added.yaml', 'deprecation', 0],
    ['added.yaml', 'additive', 1],
    ['added.yaml', 'never', 0],
  ])('a.yaml -> %s with --fail-on %s exits %i', async (revision, failOn, code) => {
    const result = await run(['diff', 'a.yaml', revision, '--format', 'json', ...(failOn ? ['--fail-on', failOn] : [])]);
    expect([result.code, result.stderr]).toEqual([code, '']);
  });

  it('the findings behind those exit codes', async () => {
    const classes = async (revision: string) =>
      (JSON.parse((await run(['diff', 'a.yaml', revision, '-f', 'json'])).stdout) as { changes: { ruleId: string; class: string }[] }).changes.map(
        (f) => `${f.ruleId} ${f.class}`,
      );
    expect(await classes('deprecated.yaml')).toEqual(['operation-deprecated deprecation', 'operation-added additive']);
    expect(await classes('added.yaml')).toEqual(['operation-added additive']);
  });

  it('an unknown level is a usage error', async () => {
    expect(await run(['diff', 'a.yaml', 'b.yaml', '--fail-on', 'sometimes'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'apicompat: --fail-on must be one of breaking, deprecation, additive, never (got "sometimes")\n',
    });
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it('is on for a terminal', async () => {
    expect((await run(['diff', 'a.yaml', 'b.yaml'], {}, true)).stdout).toContain(ESC);
  });
  it('is off with NO_COLOR', async () => {
    const result = await run(['diff', 'a.yaml', 'b.yaml'], { NO_COLOR: '1' }, true);
    expect(result.stdout).toBe(REMOVED_TEXT);
  });
  it('is off with --no-color', async () => {
    const result = await run(['diff', 'a.yaml', 'b.yaml', '--no-color'], {}, true);
    expect(result.stdout).toBe(REMOVED_TEXT);
  });
});

describe('help', () => {
  it('--help lists the diff command', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\s+diff \[options\] <base> <revision>\s+compare two OpenAPI documents/m);
  });
});

describe('the installed binary', () => {
  // `npm ci` builds dist/ (prepare). When dist/ is missing or older than src/, build a private copy
  // into .cache/ rather than overwriting the shared dist/.
  const bin = (): string => {
    const built = path.join(ROOT, 'dist/cli/bin.js');
    if (existsSync(built) && statSync(built).mtimeMs >= newestSource(path.join(ROOT, 'src'))) return built;
    return path.join(ROOT, '.cache/cli-test-dist/cli/bin.js');
  };
  let binary: string;

  beforeAll(async () => {
    binary = bin();
    if (binary.includes('.cache')) {
      const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
      const outDir = path.join(ROOT, '.cache/cli-test-dist');
      // Type errors elsewhere in a shared checkout must not stop the emit this test needs.
      await promisify(execFile)(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', outDir]).catch(() => undefined);
    }
  }, 120_000);

  it('node dist/cli/bin.js diff exits 1 on a removed operation and prints the report', async () => {
    const result = await new Promise<CliRun>((resolve) => {
      execFile(process.execPath, [binary, 'diff', 'a.yaml', 'b.yaml'], { cwd: dir, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
    expect(result).toEqual({ code: 1, stdout: REMOVED_TEXT, stderr: '' });
  });
});

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}
