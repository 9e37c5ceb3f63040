import { describe, expect, it } from 'vitest';
import { renderText } from '../src/report/text.js';
import { secretRemoval as removal } from './support/findings.js';
import { reportOf } from './support/report-of.js';

const OPTIONS = { color: false, failOn: 'breaking' } as const;

describe('text report', () => {
  it('lists an edit of many operations once, with the first three operations and the column on a long line', () => {
    const report = reportOf(['/a', '/b', '/c', '/d'].map((p, i) => removal(String(i), p)));
    expect(renderText(report, OPTIONS)).toBe(
      [
        '✖ breaking: 1 edit',
        `  ✖ response-optional-property-removed [${report.edits[0].id}]`,
        '      The response property secret (status 200) was removed without deprecation.',
        '      4 operations: GET /a, GET /b, GET /c and 1 more',
        '      base base.json:1:812  →  revision revision.json:1:640',
        '',
        'semver: The changes require a major version bump; info.version is unchanged (none), so the next release needs it.',
        'rollback-safe: yes: clients built against the revision keep working when the base answers them (a rollback, a canary).',
        '✖ 1 breaking edit (4 changes), 0 deprecation, 0 additive: fails the policy (--fail-on breaking)',
        '',
      ].join('\n'),
    );
  });

  it('counts accepted edits apart and passes when only they remain', () => {
    const accepted = { reason: 'planned', expires: '2099-01-01' };
    const report = reportOf([removal('0', '/a', { accepted }), removal('1', '/b', { accepted })]);
    const text = renderText(report, OPTIONS);
    expect(text).toContain('✖ breaking: 1 edit, 1 of them accepted\n');
    expect(text).toContain(`[${report.edits[0].id}] [accepted: planned]\n`);
    expect(text.trimEnd().split('\n').at(-1)).toBe('✔ 1 breaking edit, 1 of them accepted (2 changes), 0 deprecation, 0 additive: passes (--fail-on breaking)');
  });
});
