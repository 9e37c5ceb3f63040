import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './support/run-cli.js';
import { RULES } from '../src/rules/registry.js';
import { direction } from '../src/rules/rule.js';

async function run(argv: string[]): Promise<CliRun> {
  return runCli(argv);
}

describe('apicompat rules', () => {
  it('lists every rule once, in id order, with class, forward verdict, direction and description', async () => {
    const { code, stdout, stderr } = await run(['rules']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trimEnd().split('\n');
    const rows = lines.slice(0, RULES.length);
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(RULES.map((r) => r.id).sort());
    for (const rule of RULES) {
      const row = rows.find((l) => l.startsWith(`${rule.id} `))!;
      expect(row.split(/\s{2,}/)).toEqual([rule.id, rule.class, `forward ${rule.forward.class}`, direction(rule), rule.description]);
    }
    expect(lines.slice(RULES.length)).toEqual(['', `${RULES.length} rules. \`apicompat explain <rule-id>\` tells more about one.`]);
  });

  it('prints the same catalogue as JSON with --format json', async () => {
    const { code, stdout } = await run(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const expected = [...RULES]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => ({ id: r.id, class: r.class, ...(r.strictClass ? { strictClass: r.strictClass } : {}), forward: r.forward.class, direction: direction(r), description: r.description }));
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('shows the operation-level rules with their verdicts', async () => {
    const rows = JSON.parse((await run(['rules', '-f', 'json'])).stdout) as { id: string; class: string; strictClass?: string; direction: string }[];
    const pick = (id: string) => rows.find((r) => r.id === id);
    expect(pick('operation-id-changed')).toMatchObject({ class: 'additive', strictClass: 'breaking', direction: 'none' });
    expect(pick('request-body-media-type-generalized')).toMatchObject({ class: 'additive', direction: 'request' });
    expect(pick('response-media-type-generalized')).toMatchObject({ class: 'breaking', direction: 'response' });
    expect(pick('webhook-removed')).toMatchObject({ class: 'breaking', direction: 'none' });
    expect(pick('operation-added')).toMatchObject({ class: 'additive', forward: 'breaking' });
  });

  it('rejects an unknown format with exit code 2', async () => {
    const { code, stdout, stderr } = await run(['rules', '--format', 'xml']);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: 'apicompat: --format must be one of text, json (got "xml")\n' });
  });
});
