import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './support/run-cli.js';
import { CONFIG_TEMPLATE } from '../src/config/template.js';

async function run(cwd: string, ...argv: string[]): Promise<CliRun> {
  return runCli(argv, { cwd });
}

/** A folder that is its own repository root, so no config from outside leaks in. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'apicompat-cli-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function spec(operation: string, status = 'status:\n                    type: string\n                    enum: [open, closed]'): string {
  return `openapi: 3.0.3
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
${operation}      responses:
        "200":
          description: The item.
          content:
            application/json:
              schema:
                type: object
                properties:
                  ${status}
    delete:
      responses:
        "204":
          description: Deleted.
`;
}

const REMOVED = spec('').replace(/ {4}delete:\n.*$/s, '');
const DELETE_ACCEPTED = (expires: string) => `accept:
  - rule: operation-removed-without-deprecation
    operation: DELETE /items/{itemId}
    reason: only the old admin console called it
    expires: ${expires}
`;

describe('diff with a configuration', () => {
  it('shows an accepted finding as accepted and passes', async () => {
    const dir = workspace({ 'base.yaml': spec(''), 'revision.yaml': REMOVED, 'apicompat.config.yaml': DELETE_ACCEPTED('2027-03-01') });
    const text = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--today', '2026-06-15');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('operation-removed-without-deprecation [');
    expect(text.stdout).toContain('[accepted: only the old admin console called it]');
    const json = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--today', '2026-06-15', '--format', 'json');
    const report = JSON.parse(json.stdout) as { changes: { ruleId: string; accepted?: unknown }[]; notes: string[] };
    expect(json.code).toBe(0);
    expect(report.changes.map((c) => [c.ruleId, c.accepted])).toEqual([
      ['operation-removed-without-deprecation', { reason: 'only the old admin console called it', expires: '2027-03-01' }],
    ]);
    expect(report.notes).toEqual([]);
  });

  it('fails again once the acceptance expired, and says so', async () => {
    const dir = workspace({ 'base.yaml': spec(''), 'revision.yaml': REMOVED, 'apicompat.config.yaml': DELETE_ACCEPTED('2026-06-14') });
    const result = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--today', '2026-06-15');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('acceptance expired on 2026-06-14 (only the old admin console called it)');
    expect(result.stdout).toMatch(/note: the acceptance of operation-removed-without-deprecation at DELETE \/items\/\{id\} \[\w+\] expired on 2026-06-14/);
  });

  it('reports an entry that matches nothing as stale', async () => {
    const dir = workspace({ 'base.yaml': spec(''), 'revision.yaml': spec(''), 'apicompat.config.yaml': DELETE_ACCEPTED('2027-03-01') });
    const result = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--today', '2026-06-15');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'note: stale acceptance: rule operation-removed-without-deprecation, operation DELETE /items/{itemId} (only the old admin console called it) matches no change any more; remove it from the configuration',
    );
  });

  it('fails a new deprecation whose sunset is closer than deprecation.minDays', async () => {
    const deprecated = spec('      deprecated: true\n      x-sunset: 2026-07-15\n');
    const dir = workspace({ 'base.yaml': spec(''), 'revision.yaml': deprecated, 'apicompat.config.yaml': 'deprecation:\n  minDays: 90\n' });
    const result = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--today', '2026-06-15', '--format', 'json');
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as { changes: { ruleId: string; class: string }[] }).changes.map((c) => [c.ruleId, c.class])).toEqual([
      ['sunset-too-soon', 'breaking'],
      ['operation-deprecated', 'deprecation'],
    ]);
    const far = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--today', '2026-04-16');
    expect(far.code).toBe(0);
  });

  it('makes a new response enum value breaking under profile: strict, and drops a rule set to off', async () => {
    const added = spec('', 'status:\n                    type: string\n                    enum: [open, closed, archived]');
    const dir = workspace({ 'base.yaml': spec(''), 'revision.yaml': added });
    const byDefault = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--format', 'json');
    expect(byDefault.code).toBe(0);
    const counts = { breaking: 0, deprecation: 0, additive: 1, accepted: { breaking: 0, deprecation: 0, additive: 0 } };
    expect(JSON.parse(byDefault.stdout).summary).toEqual({ ...counts, edits: counts });
    writeFileSync(path.join(dir, 'strict.yaml'), 'profile: strict\n');
    const strict = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--format', 'json', '--config', 'strict.yaml');
    expect(strict.code).toBe(1);
    expect((JSON.parse(strict.stdout) as { changes: { ruleId: string; class: string }[] }).changes.map((c) => [c.ruleId, c.class])).toEqual([
      ['response-property-enum-value-added', 'breaking'],
    ]);
    writeFileSync(path.join(dir, 'off.yaml'), 'profile: strict\nrules:\n  response-property-enum-value-added: off\n');
    const off = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--format', 'json', '--config', 'off.yaml');
    expect(off.code).toBe(0);
    expect(JSON.parse(off.stdout).changes).toEqual([]);
  });

  it('takes a response enum dropped as tolerated unknown values by default, breaking under profile: strict', async () => {
    const open = spec('', 'status:\n                    type: string');
    const dir = workspace({ 'base.yaml': spec(''), 'revision.yaml': open, 'strict.yaml': 'profile: strict\n' });
    const byDefault = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--format', 'json');
    expect(byDefault.code).toBe(0);
    expect((JSON.parse(byDefault.stdout) as { changes: { ruleId: string; class: string }[] }).changes.map((c) => [c.ruleId, c.class])).toEqual([
      ['response-property-enum-removed', 'additive'],
    ]);
    const strict = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--format', 'json', '--config', 'strict.yaml');
    expect(strict.code).toBe(1);
    expect((JSON.parse(strict.stdout) as { changes: { ruleId: string; class: string }[] }).changes.map((c) => [c.ruleId, c.class])).toEqual([
      ['response-property-enum-removed', 'breaking'],
    ]);
  });

  it('lets --fail-on win over failOn', async () => {
    const dir = workspace({ 'base.yaml': spec(''), 'revision.yaml': REMOVED, 'apicompat.config.yaml': 'failOn: never\n' });
    expect((await run(dir, 'diff', 'base.yaml', 'revision.yaml')).code).toBe(0);
    expect((await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--fail-on', 'breaking')).code).toBe(1);
  });

  it('exits 2 on an invalid configuration, naming file, line, key and a suggestion', async () => {
    const dir = workspace({ 'base.yaml': spec(''), 'revision.yaml': REMOVED, 'apicompat.config.yaml': 'failOn: breaking\nfailon: never\n' });
    const key = await run(dir, 'diff', 'base.yaml', 'revision.yaml');
    expect(key).toEqual({ code: 2, stdout: '', stderr: 'apicompat: apicompat.config.yaml:2: unknown key "failon" (did you mean "failOn"?)\n' });
    writeFileSync(path.join(dir, 'rules.yaml'), 'rules:\n  operation-removed-without-deprecaton: off\n');
    const rule = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--config', 'rules.yaml');
    expect(rule.code).toBe(2);
    expect(rule.stderr).toBe(
      'apicompat: rules.yaml:2: unknown rule id "operation-removed-without-deprecaton" in rules (did you mean "operation-removed-without-deprecation"?)\n',
    );
    const missing = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--config', 'nope.yaml');
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'apicompat: nope.yaml: configuration file not found\n' });
  });
});

describe('apicompat accept', () => {
  it('appends entries for findings of the last run, which then pass', async () => {
    const dir = workspace({ 'base.yaml': spec(''), 'revision.yaml': REMOVED, 'apicompat.config.yaml': '# our policy\nfailOn: breaking\n' });
    const first = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--format', 'json');
    expect(first.code).toBe(1);
    const [{ id }] = (JSON.parse(first.stdout) as { changes: { id: string }[] }).changes;
    const accepted = await run(dir, 'accept', id, '--reason', 'v2 replaces it', '--expires', '2099-01-01');
    expect(accepted).toEqual({
      code: 0,
      stdout: 'accepted: operation-removed-without-deprecation at DELETE /items/{id} until 2099-01-01\n1 entry added to apicompat.config.yaml\n',
      stderr: '',
    });
    expect(readFileSync(path.join(dir, 'apicompat.config.yaml'), 'utf8')).toBe(
      '# our policy\nfailOn: breaking\naccept:\n  - rule: operation-removed-without-deprecation\n    operation: DELETE /items/{id}\n    pointer: /paths/~1items~1{id}/delete\n    reason: v2 replaces it\n    expires: 2099-01-01\n',
    );
    expect((await run(dir, 'diff', 'base.yaml', 'revision.yaml')).code).toBe(0);
    const again = await run(dir, 'accept', id, '--reason', 'v2 replaces it', '--expires', '2099-01-01');
    expect(again.stdout).toBe('already accepted: operation-removed-without-deprecation at DELETE /items/{id} until 2099-01-01\n0 entries added to apicompat.config.yaml\n');
  });

  it('accepts an edit by its id: one entry for its rule and location, which holds for every operation it reaches', async () => {
    const shared = (secret: string) => `openapi: 3.0.3
info: {title: Apps, version: 1.0.0}
paths:
  /apps:
    get:
      responses:
        "200": {description: All., content: {application/json: {schema: {$ref: "#/components/schemas/App"}}}}
  /apps/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: One., content: {application/json: {schema: {$ref: "#/components/schemas/App"}}}}
components:
  schemas:
    App:
      type: object
      properties:
        name: {type: string}
${secret}`;
    const dir = workspace({ 'base.yaml': shared('        secret: {type: string}\n'), 'revision.yaml': shared('') });
    const first = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--format', 'json');
    const report = JSON.parse(first.stdout) as { changes: { edit: string }[]; edits: { id: string; operations: unknown[] }[] };
    expect([first.code, report.changes.length, report.edits.length, report.edits[0].operations.length]).toEqual([1, 2, 1, 2]);
    expect(report.changes.map((c) => c.edit)).toEqual([report.edits[0].id, report.edits[0].id]);
    const accepted = await run(dir, 'accept', report.edits[0].id, '--reason', 'never documented', '--expires', '2099-01-01');
    expect(accepted).toEqual({ code: 0, stdout: 'accepted: response-optional-property-removed until 2099-01-01\n1 entry added to apicompat.config.yaml\n', stderr: '' });
    expect(readFileSync(path.join(dir, 'apicompat.config.yaml'), 'utf8')).toBe(
      'accept:\n  - rule: response-optional-property-removed\n    pointer: /components/schemas/App/properties/secret\n    reason: never documented\n    expires: 2099-01-01\n',
    );
    const after = await run(dir, 'diff', 'base.yaml', 'revision.yaml', '--format', 'json');
    const counts = JSON.parse(after.stdout) as { summary: unknown; edits: { accepted?: unknown }[] };
    expect([after.code, counts.edits[0].accepted]).toEqual([0, { reason: 'never documented', expires: '2099-01-01' }]);
    const none = { breaking: 0, deprecation: 0, additive: 0 };
    expect(counts.summary).toEqual({ breaking: 2, deprecation: 0, additive: 0, accepted: { ...none, breaking: 2 }, edits: { breaking: 1, deprecation: 0, additive: 0, accepted: { ...none, breaking: 1 } } });
  });

  it('refuses unknown ids, a missing last run, and expiry dates in the past', async () => {
    const dir = workspace({ 'base.yaml': spec(''), 'revision.yaml': REMOVED });
    const none = await run(dir, 'accept', 'abc', '--reason', 'r', '--expires', '2099-01-01');
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`apicompat: no findings recorded for this folder (${path.join(realpathSync(dir), '.git', 'apicompat-last-run.json')}): run \`apicompat diff\` (or \`check\`) here first\n`);
    await run(dir, 'diff', 'base.yaml', 'revision.yaml');
    const unknown = await run(dir, 'accept', 'abc', '--reason', 'r', '--expires', '2099-01-01');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^apicompat: no edit or finding with id "abc" in the last run \(did you mean "\w+"\?\)\n$/);
    const id = (JSON.parse(readFileSync(path.join(dir, '.git/apicompat-last-run.json'), 'utf8')) as { findings: { id: string }[] }).findings[0].id;
    const past = await run(dir, 'accept', id, '--reason', 'r', '--expires', '2026-01-01', '--today', '2026-06-15');
    expect(past).toEqual({ code: 2, stdout: '', stderr: 'apicompat: --expires 2026-01-01 lies before today (2026-06-15)\n' });
    expect(existsSync(path.join(dir, 'apicompat.config.yaml'))).toBe(false);
  });
});

describe('apicompat init', () => {
  it('writes the commented config once and refuses to overwrite it', async () => {
    const dir = workspace({});
    expect(await run(dir, 'init')).toEqual({ code: 0, stdout: 'wrote apicompat.config.yaml; docs/configuration.md explains every key\n', stderr: '' });
    expect(readFileSync(path.join(dir, 'apicompat.config.yaml'), 'utf8')).toBe(CONFIG_TEMPLATE);
    expect(await run(dir, 'init')).toEqual({ code: 2, stdout: '', stderr: 'apicompat: apicompat.config.yaml exists already; not overwriting it\n' });
  });
});
