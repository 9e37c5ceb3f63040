import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { InputError } from '../src/load/input-error.js';
import { loadSpec, type LoadedSpec } from '../src/load/load-spec.js';
import { fileSystemSource } from '../src/load/source.js';
import { FIXTURE_TODAY, ROOT } from './support/fixtures.js';

// Every refusal is an InputError naming the file (and the line where there is one), quickly.
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'apicompat-load-'));
  // The validator compiles its schema once per process; pay that before the timed refusals.
  write('warm-up.yaml', 'openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\npaths: {}\n');
  await loadSpec(path.join(dir, 'warm-up.yaml'), fileSystemSource(dir));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string | Uint8Array): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const HEAD = 'openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\n';

/** A 3.0 document whose `200` response is a `$ref` to `ref` (on line 10). */
function withResponseRef(ref: string): string {
  return `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        "200":\n          $ref: "${ref}"\n`;
}

/**
 * Loads `file` confined to `root` and returns the refusal, failing if it loads or hangs. The budget
 * only tells a refusal from a hang (an expanding bomb, a connection waiting on a timeout): it is
 * generous, so a busy machine does not fail it.
 */
async function refusal(file: string, root = dir, budgetMs = 10_000, strict = false): Promise<InputError> {
  const started = performance.now();
  let caught: unknown;
  try {
    await loadSpec(file, fileSystemSource(root), { strict });
  } catch (error) {
    caught = error;
  }
  expect(performance.now() - started).toBeLessThan(budgetMs);
  expect(caught).toBeInstanceOf(InputError);
  return caught as InputError;
}

describe('refusals', () => {
  it('refuses an http $ref, naming it, without opening a connection', async () => {
    let connections = 0;
    const server = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const ref = `http://127.0.0.1:${port}/shared.yaml#/components/responses/Ok`;
      const file = write('remote.yaml', withResponseRef(ref));
      const error = await refusal(file);
      expect([error.file, error.line]).toEqual([file, 10]);
      expect(error.message).toBe(`remote $ref "${ref}" refused: apicompat never fetches over the network`);
      // Give a stray connection attempt time to arrive before counting.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(connections).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses an https $ref in a referenced file, at that file and line', async () => {
    write('remote-child/api.yaml', withResponseRef('./responses.yaml#/Ok'));
    const child = write('remote-child/responses.yaml', 'Ok:\n  description: ok\n  content:\n    application/json:\n      schema:\n        $ref: "https://example.invalid/s.yaml"\n');
    const error = await refusal(path.join(dir, 'remote-child/api.yaml'), path.join(dir, 'remote-child'));
    expect([error.file, error.line, error.message]).toEqual([
      child,
      6,
      'remote $ref "https://example.invalid/s.yaml" refused: apicompat never fetches over the network',
    ]);
  });

  it('refuses a $ref that leaves the root folder', async () => {
    write('outside.yaml', 'Ok:\n  description: ok\n');
    const file = write('inner/api.yaml', withResponseRef('../outside.yaml#/Ok'));
    const error = await refusal(file, path.join(dir, 'inner'));
    expect([error.file, error.line, error.message]).toEqual([file, 10, `$ref "../outside.yaml#/Ok" leaves the root folder ${path.join(dir, 'inner')}`]);
  });

  it('refuses a $ref to a symbolic link that points out of the root folder', async () => {
    const outside = write('secret.yaml', 'Ok:\n  description: ok\n');
    const file = write('linked/api.yaml', withResponseRef('./inside.yaml#/Ok'));
    symlinkSync(outside, path.join(dir, 'linked/inside.yaml'));
    const error = await refusal(file, path.join(dir, 'linked'));
    expect([error.file, error.line, error.message]).toEqual([
      path.join(dir, 'linked/inside.yaml'),
      undefined,
      `resolves through a symbolic link to ${outside}, outside the root folder ${path.join(dir, 'linked')}`,
    ]);
  });

  it('follows a symbolic link to the entry file itself: the user named it', async () => {
    const real = write('elsewhere/spec.yaml', `${HEAD}paths: {}\n`);
    mkdirSync(path.join(dir, 'named'));
    mkdirSync(path.join(dir, 'named/.git'));
    symlinkSync(real, path.join(dir, 'named/spec.yaml'));
    const report = await compare('spec.yaml', 'spec.yaml', { cwd: path.join(dir, 'named'), today: FIXTURE_TODAY });
    expect(report.changes).toEqual([]);
  });

  it('refuses schemas nested deeper than validation can follow, and compares a deep but sane one', async () => {
    const nested = (depth: number, leaf: string) =>
      '{"type":"object","properties":{"a":'.repeat(depth) + `{"type":"${leaf}"}` + '}}'.repeat(depth);
    const doc = (schema: string) =>
      `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":${schema}}}}}}}}}`;
    const deep = write('deep.json', doc(nested(5000, 'string')));
    const error = await refusal(deep);
    expect([error.file, error.line, error.message]).toEqual([deep, undefined, 'schemas nest too deeply to validate (over about 1,000 levels)']);
    // 300 levels, far beyond any real contract, still compare: the change at the bottom is found.
    const base = write('deep-300-a.json', doc(nested(300, 'string')));
    const revision = write('deep-300-b.json', doc(nested(300, 'integer')));
    const report = await compare(base, revision, { today: FIXTURE_TODAY });
    expect(report.changes.map((c) => c.ruleId)).toEqual(['response-property-type-changed']);
  });

  it('refuses a YAML alias bomb without expanding it: no hang, flat memory', async () => {
    const levels = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      levels.push(`x-${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const file = write('bomb.yaml', `${HEAD}${levels.join('\n')}\npaths: {}\n`);
    const before = process.memoryUsage().heapUsed;
    const error = await refusal(file);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    expect([error.file, error.message]).toEqual([file, 'YAML aliases expand too far (a resource exhaustion attack?); refusing the file']);
  });

  it('refuses a duplicate key in YAML with its line', async () => {
    const file = write('dupe.yaml', `${HEAD}  title: again\npaths: {}\n`);
    const error = await refusal(file);
    expect([error.file, error.line, error.message]).toEqual([file, 5, 'duplicate key "title"']);
  });

  it('refuses a duplicate key in JSON with its line', async () => {
    const file = write('dupe.json', '{\n  "openapi": "3.0.3",\n  "info": {"title": "t", "version": "1"},\n  "paths": {},\n  "openapi": "3.0.3"\n}\n');
    const error = await refusal(file);
    expect([error.file, error.line, error.message]).toEqual([file, 5, 'duplicate key "openapi"']);
  });

  it('refuses invalid JSON in one line, even where the parser quotes text across a line break', async () => {
    const file = write('broken.json', '{"openapi": "3.0.3",\n "info": }');
    const error = await refusal(file);
    expect(error.file).toBe(file);
    // JSON.parse words its complaint differently from one Node release to the next.
    expect(error.message).toMatch(/^invalid JSON: [^\n]+$/);
  });

  it.each([
    ['an empty file', 'empty.yaml', '  \n\n', 'empty file'],
    ['a binary file', 'binary.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary file, expected OpenAPI as YAML or JSON'],
    ['a file that is not UTF-8', 'latin1.yaml', new Uint8Array([0x6f, 0x70, 0x65, 0x6e, 0xe9, 0xff, 0x0a]), 'binary file (not UTF-8), expected OpenAPI as YAML or JSON'],
  ])('refuses %s, naming it', async (_what, name, content, message) => {
    const file = write(name, content);
    const error = await refusal(file);
    expect([error.file, error.line, error.message]).toEqual([file, undefined, message]);
  });

  it('refuses a missing file, naming it', async () => {
    const file = path.join(dir, 'no-such-file.yaml');
    const error = await refusal(file);
    expect([error.file, error.message]).toEqual([file, 'file not found']);
  });

  it('refuses a directory, naming it', async () => {
    const folder = path.join(dir, 'a-folder.yaml');
    mkdirSync(folder, { recursive: true });
    const error = await refusal(folder);
    expect([error.file, error.message]).toEqual([folder, 'is a directory, expected an OpenAPI file']);
  });

  it('refuses a document that is neither OpenAPI nor Swagger', async () => {
    const file = write('not-openapi.yaml', 'name: my-app\nversion: 1.0.0\n');
    const error = await refusal(file);
    expect([error.file, error.line, error.message]).toEqual([file, 1, 'not an OpenAPI document: no "openapi" or "swagger" field']);
  });

  it('refuses an invalid OpenAPI document under strict, with the validator complaint and its line', async () => {
    const file = write('invalid.yaml', `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        "200":\n          summary: no description\n`);
    const error = await refusal(file, dir, undefined, true);
    expect([error.file, error.line, error.message]).toEqual([
      file,
      9,
      "invalid OpenAPI: /paths/~1a/get/responses/200 must have required property 'description'",
    ]);
  });

  it('loads the same document by default, with the complaint as its warning', async () => {
    const file = write('invalid-lenient.yaml', `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        "200":\n          summary: no description\n`);
    const spec = await loadSpec(file, fileSystemSource(dir));
    expect(spec.warning).toEqual({ file, line: 9, complaint: "/paths/~1a/get/responses/200 must have required property 'description'", more: 0 });
  });

  it('refuses a $ref that resolves to nothing, in any file, with its line', async () => {
    write('dangling/child.yaml', 'Pet:\n  type: object\n');
    const file = write('dangling/api.yaml', withResponseRef('child.yaml#/Missing'));
    const error = await refusal(file, path.join(dir, 'dangling'));
    expect([error.file, error.line, error.message]).toEqual([file, 10, '$ref "child.yaml#/Missing" does not resolve: nothing is there']);
  });
});

describe('multi-file specs with circular $refs', () => {
  const FOLDERS = ['swagger-2.0', 'openapi-3.0', 'openapi-3.1', 'openapi-3.2'] as const;
  const VERSION = { 'swagger-2.0': '2.0', 'openapi-3.0': '3.0', 'openapi-3.1': '3.1', 'openapi-3.2': '3.2' } as const;

  it.each(FOLDERS)('%s loads every file once', async (name) => {
    const folder = path.join(ROOT, 'fixtures/load', name);
    const spec: LoadedSpec = await loadSpec(path.join(folder, 'api.yaml'), fileSystemSource(folder));
    expect(spec.version).toBe(VERSION[name]);
    expect([...spec.files.keys()].map((f) => path.relative(folder, f)).sort()).toEqual([
      'api.yaml',
      'parameters.yaml',
      'schemas/node.yaml',
      'schemas/owner.yaml',
    ]);
  });

  it.each(FOLDERS)('%s diffs through the cycle', async (name) => {
    const copy = path.join(dir, `circular-${name}`);
    cpSync(path.join(ROOT, 'fixtures/load', name), copy, { recursive: true });
    const owner = path.join(copy, 'schemas/owner.yaml');
    writeFileSync(owner, readFileSync(owner, 'utf8').replace('name:\n      type: string', 'name:\n      type: integer'));
    const unchanged = await compare(path.join(ROOT, 'fixtures/load', name, 'api.yaml'), path.join(ROOT, 'fixtures/load', name, 'api.yaml'), {
      today: FIXTURE_TODAY,
    });
    expect(unchanged.changes).toEqual([]);
    const changed = await compare(path.join(ROOT, 'fixtures/load', name, 'api.yaml'), path.join(copy, 'api.yaml'), { today: FIXTURE_TODAY });
    expect(changed.changes.map((f) => `${f.ruleId} ${f.operation?.method} ${f.data.property}`)).toEqual([
      'response-property-type-changed GET owner.name',
      'request-property-type-changed PUT owner.name',
    ]);
  });
});

describe('OpenAPI 3.2 $self: the base URI of relative $refs, nothing fetched', () => {
  const SELF = path.join(ROOT, 'fixtures/load/openapi-3.2-self');
  const HEAD_32 = 'openapi: 3.2.0\n$self: https://example.com/api/openapi\ninfo:\n  title: t\n  version: "1"\n';

  it('reads the documents a $self layout names, each once, from the files beside the entry', async () => {
    const spec = await loadSpec(path.join(SELF, 'openapi.yaml'), fileSystemSource(SELF), { strict: true });
    expect(spec.version).toBe('3.2');
    expect([...spec.files.keys()].map((f) => path.relative(SELF, f)).sort()).toEqual(['openapi.yaml', 'schemas/foo.yaml', 'shared/foo.yaml']);
  });

  it('follows them into the comparison, and a change behind them is found', async () => {
    const copy = path.join(dir, 'self-changed');
    cpSync(SELF, copy, { recursive: true });
    const foo = path.join(copy, 'schemas/foo.yaml');
    writeFileSync(foo, readFileSync(foo, 'utf8').replace('Bar:\n  type: string', 'Bar:\n  type: integer'));
    const entry = path.join(SELF, 'openapi.yaml');
    expect((await compare(entry, entry, { today: FIXTURE_TODAY, strict: true })).changes).toEqual([]);
    const changed = await compare(entry, path.join(copy, 'openapi.yaml'), { today: FIXTURE_TODAY, strict: true });
    expect(changed.changes.map((f) => `${f.ruleId} ${f.operation?.method} ${f.data.property}`)).toEqual([
      'response-property-type-changed GET foo.bar',
      'request-property-type-changed POST bar',
    ]);
  });

  it('compares as the same contract written in 3.1 with plain relative $refs', async () => {
    const copy = path.join(dir, 'self-as-3.1');
    cpSync(SELF, copy, { recursive: true });
    const edit = (file: string, pairs: [string, string][]) => {
      let text = readFileSync(path.join(copy, file), 'utf8');
      for (const [from, to] of pairs) {
        expect(text).toContain(from);
        text = text.replace(from, to);
      }
      writeFileSync(path.join(copy, file), text);
    };
    edit('openapi.yaml', [
      ['openapi: 3.2.0\n$self: https://example.com/api/openapi\n', 'openapi: 3.1.0\n'],
      ['https://example.com/api/openapi#/components', '#/components'],
      ['shared/foo#', 'shared/foo.yaml#'],
      ['/api/schemas/foo#', 'schemas/foo.yaml#'],
    ]);
    edit('shared/foo.yaml', [
      ['openapi: 3.2.0\n$self: https://example.com/api/shared/foo\n', 'openapi: 3.1.0\n'],
      ['../schemas/foo#', '../schemas/foo.yaml#'],
    ]);
    const options = { today: FIXTURE_TODAY, strict: true };
    expect((await compare(path.join(copy, 'openapi.yaml'), path.join(SELF, 'openapi.yaml'), options)).changes).toEqual([]);
    expect((await compare(path.join(SELF, 'openapi.yaml'), path.join(copy, 'openapi.yaml'), options)).changes).toEqual([]);
  });

  it('resolves a relative $self against the file, and its $refs against that', async () => {
    write('self-relative/v2/shared.yaml', 'Ok:\n  description: ok\n');
    const file = write('self-relative/api.yaml', `${withResponseRef('shared.yaml#/Ok').replace('openapi: 3.0.3\n', 'openapi: 3.2.0\n$self: v2/api.yaml\n')}`);
    const spec = await loadSpec(file, fileSystemSource(path.join(dir, 'self-relative')), { strict: true });
    expect([...spec.files.keys()].map((f) => path.relative(dir, f)).sort()).toEqual(['self-relative/api.yaml', 'self-relative/v2/shared.yaml']);
  });

  it('leaves $self alone before 3.2: the $refs of a 3.1 document resolve against its file', async () => {
    write('self-31/shared.yaml', 'Ok:\n  description: ok\n');
    const file = write('self-31/api.yaml', withResponseRef('shared.yaml#/Ok').replace('openapi: 3.0.3\n', 'openapi: 3.1.0\n$self: v2/api.yaml\n'));
    const spec = await loadSpec(file, fileSystemSource(path.join(dir, 'self-31')), { validate: false });
    expect([...spec.files.keys()].map((f) => path.relative(dir, f)).sort()).toEqual(['self-31/api.yaml', 'self-31/shared.yaml']);
  });

  it('refuses a $ref to another host, as written, at its line', async () => {
    const file = write('self-remote.yaml', `${HEAD_32}paths:\n  /a:\n    $ref: "https://other.example/api/a.yaml"\n`);
    const error = await refusal(file);
    expect([error.file, error.line, error.message]).toEqual([file, 8, 'remote $ref "https://other.example/api/a.yaml" refused: apicompat never fetches over the network']);
  });

  it('refuses a $ref whose URI has no local file, saying where it looked', async () => {
    const file = write('self-missing/openapi.yaml', `${HEAD_32}paths:\n  /a:\n    $ref: "shared/paths#/a"\n`);
    const error = await refusal(file, path.join(dir, 'self-missing'));
    expect([error.file, error.line, error.message]).toEqual([
      file,
      8,
      '$ref "shared/paths#/a" resolves against $self to https://example.com/api/shared/paths, which has no local file (shared/paths, or with .yaml, .yml or .json): apicompat never fetches over the network',
    ]);
  });

  it('refuses a $ref that leaves the root folder through its $self URI, as written', async () => {
    write('self-outside.yaml', 'Ok:\n  description: ok\n');
    const file = write('self-inner/openapi.yaml', `${HEAD_32}paths:\n  /a:\n    get:\n      responses:\n        "200":\n          $ref: "/self-outside.yaml#/Ok"\n`);
    const error = await refusal(file, path.join(dir, 'self-inner'));
    expect([error.file, error.line, error.message]).toEqual([file, 11, `$ref "/self-outside.yaml#/Ok" leaves the root folder ${path.join(dir, 'self-inner')}`]);
  });

  it('refuses a $ref to its own URI that points at nothing, as written', async () => {
    const file = write('self-dangling.yaml', `${HEAD_32}paths:\n  /a:\n    $ref: "https://example.com/api/openapi#/components/pathItems/a"\n`);
    const error = await refusal(file);
    expect([error.file, error.line, error.message]).toEqual([file, 8, '$ref "https://example.com/api/openapi#/components/pathItems/a" does not resolve: nothing is there']);
  });
});

describe('what only OpenAPI 3.2 can write', () => {
  it('loads as valid 3.2 and compares with itself as unchanged', async () => {
    const file = path.join(ROOT, 'fixtures/load/openapi-3.2-only.yaml');
    const spec = await loadSpec(file, fileSystemSource(path.dirname(file)), { strict: true });
    expect([spec.version, spec.warning]).toEqual(['3.2', undefined]);
    expect((await compare(file, file, { today: FIXTURE_TODAY, strict: true })).changes).toEqual([]);
  });
});
