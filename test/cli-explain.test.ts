import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainRule, ruleExamples } from '../src/cli/explain-command.js';
import { runCli, type CliRun } from './support/run-cli.js';
import { RULES } from '../src/rules/registry.js';
import { expectedFindings, fixtureFolders } from './support/fixtures.js';

async function run(...argv: string[]): Promise<CliRun> {
  return runCli(argv);
}

describe('apicompat explain', () => {
  const folders = fixtureFolders();

  it.each(RULES.map((r) => r.id))('%s', async (id) => {
    const rule = RULES.find((r) => r.id === id)!;
    const { code, stdout, stderr } = await run('explain', id);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith(`${id}\n\n${rule.description}\n\nClass: ${rule.class}`)).toBe(true);
    expect(stdout).toContain(`Why it matters:\n  ${rule.why}\n`);
    expect(stdout).toContain(`How to fix it:\n  ${rule.fix}\n`);
    expect(stdout).toContain(`\n\nForward: ${rule.forward.class} (`);
    expect(stdout).toContain(`\n  ${rule.forward.why}\n  What to do: ${rule.forward.fix}\n`);
    expect(stdout).toContain('apicompat accept <finding-id>');
    const hasExample = folders.includes(id) && expectedFindings(id).some((f) => f.ruleId === id);
    expect(stdout.includes(`Example (fixtures/rules/${id}):`)).toBe(hasExample);
  });

  it("speaks of receivers and the API reading their responses for a rule on a receiver's answer, of clients and a server otherwise", () => {
    const receivers = explainRule('receiver-response-status-removed');
    expect(receivers).toContain("\nDirection: response a webhook's or a callback's receivers send back (the API reads it, so what it no longer accepts breaks receivers that answer with it)\n");
    expect(receivers).toContain('\nForward: compatible (for a receiver built on the revision against an API still running the base: a canary, a rolling deploy, a rollback)\n');
    const clients = explainRule('response-success-status-removed');
    expect(clients).toContain('\nDirection: response (clients read it, so removing or changing what they read breaks them)\n');
    expect(clients).toContain('\nForward: compatible (for a client built on the revision against a server still running the base: a canary, a rolling deploy, a rollback)\n');
  });

  it('prints the lines around the finding in both documents, and the fixture configuration', () => {
    const text = explainRule('sunset-too-soon');
    expect(text).toContain(
      [
        'Example (fixtures/rules/sunset-too-soon):',
        '  with this configuration:',
        '    deprecation:',
        '      minDays: 90',
        '  before (base.yaml:7):',
        '     4 |   version: 1.0.0',
        '     5 | paths:',
        '     6 |   /books/{id}:',
        '  >  7 |     get:',
        '     8 |       operationId: getBook',
        '     9 |       parameters:',
        '    10 |         - name: id',
        '  after (revision.yaml:7):',
        '     4 |   version: 1.0.0',
        '     5 | paths:',
        '     6 |   /books/{id}:',
        '  >  7 |     get:',
        '     8 |       operationId: getBook',
        '     9 |       deprecated: true',
        '    10 |       x-sunset: 2026-07-15',
      ].join('\n'),
    );
  });

  it('leaves the example out when neither the fixtures nor the examples the build ships are there', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'apicompat-nofixtures-'));
    const text = explainRule('sunset-too-soon', empty, path.join(empty, 'none.json'));
    expect(text).not.toContain('Example');
    expect(text).toContain('How to fix it:');
  });

  it('prints the same examples from the file the build ships, without the fixtures', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'apicompat-shipped-'));
    const shipped = path.join(folder, 'examples.json');
    writeFileSync(shipped, JSON.stringify(ruleExamples()));
    for (const id of ['sunset-too-soon', 'operation-removed-without-deprecation', 'response-property-became-nullable']) {
      expect(explainRule(id, folder, shipped)).toBe(explainRule(id));
      expect(explainRule(id, folder, shipped)).toContain(`Example (fixtures/rules/${id}):`);
    }
  });

  it('exits 2 on an unknown rule id, suggesting the nearest', async () => {
    expect(await run('explain', 'sunset-to-soon')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'apicompat: unknown rule id "sunset-to-soon" (did you mean "sunset-too-soon"?); docs/rules.md lists them all\n',
    });
  });
});
