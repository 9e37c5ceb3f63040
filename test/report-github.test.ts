import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, renderGithub } from '../src/report/github.js';
import type { Report } from '../src/types.js';
import { fixtureReport } from './support/report-fixture.js';
import { reportOf } from './support/report-of.js';

describe('GitHub workflow commands', () => {
  it('annotates each finding on its revision line, by class', async () => {
    const { report, options } = await fixtureReport();
    const commands = renderGithub(report, options).trimEnd().split('\n');
    const annotated = commands.map((c) => /^::(\w+) file=([^,]*),line=(\d+),/.exec(c)?.slice(1, 4)).filter((m) => m !== undefined);
    expect(annotated).toEqual([
      ['error', 'revision.yaml', '4'],
      ['error', 'revision.yaml', '15'],
      ['error', 'revision.yaml', '81'],
      ['error', 'revision.yaml', '44'],
      ['warning', 'revision.yaml', '45'],
      ['notice', 'revision.yaml', '12'],
      ['notice', 'revision.yaml', '83'],
      ['notice', 'revision.yaml', '62'],
    ]);
    expect(commands.at(-3)).toBe('::notice title=Semver%3A API::API: The changes require a major version bump: info.version 1.4.0 → 1.5.0 (minor) is too small.');
    expect(commands.at(-2)).toBe(
      '::notice title=Rollback-safe%3A API::API: rollback-safe: no: 3 edits can make clients built against the revision fail when the base answers them (a rollback, a canary). Edits: ca7ce1fe17, 2c2b60e390, 125ea988ae.',
    );
    expect(commands.at(-1)).toBe('apicompat: 4 breaking edits (4 changes), 1 deprecation edit (1 change), 3 additive edits (3 changes): fails the policy (--fail-on breaking)');
  });

  // The run's log shows only an annotation's message, so the message names the rule and the place.
  it('says in each message which rule fired where', async () => {
    const { report, options } = await fixtureReport();
    const messages = renderGithub(report, options).split('\n').filter((l) => l.startsWith('::error')).map((l) => l.slice(l.indexOf('::', 2) + 2));
    expect(messages[1]).toBe('GET /orders now requires the query parameter region: existing clients do not send it. [request-parameter-added-required d4732ad68b at revision.yaml:15]');
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const report: Report = reportOf([
        {
          id: 'x',
          ruleId: 'operation-added',
          class: 'additive',
          forward: 'breaking',
          direction: 'none',
          message: 'GET /a,b was added:\n100%',
          data: {},
          operation: { method: 'GET', path: '/a,b' },
          accepted: { reason: 'planned' },
          base: { file: 'dir, with comma/base.yaml', pointer: '/paths', line: 2 },
        },
      ]);
    expect(renderGithub(report, { color: false, failOn: 'breaking' }).split('\n')[0]).toBe(
      `::notice file=dir%2C with comma/base.yaml,line=2,title=operation-added%3A GET /a%2Cb::GET /a,b was added:%0A100%25 (accepted: planned) [operation-added ${report.edits[0].id} at dir, with comma/base.yaml:2]`,
    );
  });
});
