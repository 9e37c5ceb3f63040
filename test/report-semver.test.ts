import { describe, expect, it } from 'vitest';
import { semverVerdict } from '../src/classify/semver-verdict.js';
import { describeVerdict, describeVersion } from '../src/report/semver.js';
import type { ChangeClass, Finding } from '../src/types.js';

const of = (...classes: ChangeClass[]): Finding[] =>
  classes.map((cls, i) => ({ id: String(i), ruleId: `rule-${cls}`, class: cls, forward: 'compatible', direction: 'none', message: '', data: {} }));

describe('semver verdict', () => {
  it.each([
    // [classes, base, revision, required, actual, tooSmall]
    [of('breaking'), '1.4.0', '1.5.0', 'major', 'minor', true],
    [of('breaking'), '1.4.0', '2.0.0', 'major', 'major', false],
    [of('breaking'), '1.4.0', '2.0.0-rc.1', 'major', 'major', false],
    [of('breaking'), '1.4.0', '1.4.0', 'major', 'none', false],
    [of('breaking'), '0.4.0', '0.5.0', 'minor', 'minor', false],
    [of('breaking'), '0.4.0', '0.4.1', 'minor', 'patch', true],
    [of('additive'), '1.4.0', '1.4.1', 'minor', 'patch', true],
    [of('deprecation'), '1.4.0', '1.5.0', 'minor', 'minor', false],
    [of('additive', 'deprecation'), '1.4.0', '2.0.0', 'minor', 'major', false],
    [of(), '1.4.0', '1.4.1', 'none', 'patch', false],
    [of('breaking'), '1.4.0', '1.3.9', 'major', 'none', true],
    [of('breaking'), '2.0.0-rc.1', '2.0.0-rc.2', 'major', 'patch', false],
  ] as const)('%j from %s to %s needs %s', (findings, base, revision, required, actual, tooSmall) => {
    expect(semverVerdict(findings, base, revision)).toEqual({ required, actual, baseVersion: base, revisionVersion: revision, tooSmall });
  });

  it('cannot judge versions that are not semver, and never calls them too small', () => {
    expect(semverVerdict(of('breaking'), '2024-01-01', '2024-02-01')).toEqual({ required: 'major', actual: undefined, baseVersion: '2024-01-01', revisionVersion: '2024-02-01', tooSmall: false });
  });

  it('does not count its own finding', () => {
    const own = { ...of('breaking')[0], ruleId: 'version-bump-too-small' };
    expect(semverVerdict([own], '1.4.0', '1.4.1').required).toBe('none');
  });

  it('says which bump the next release needs', () => {
    expect(describeVerdict(semverVerdict(of('breaking'), '1.4.0', '1.4.0'))).toBe('The changes require a major version bump; info.version is unchanged (1.4.0), so the next release needs it.');
    expect(describeVerdict(semverVerdict(of('breaking'), '1.4.0', '1.5.0'))).toBe('The changes require a major version bump: info.version 1.4.0 → 1.5.0 (minor) is too small.');
    expect(describeVerdict(semverVerdict(of('additive'), '1.4.0', '1.5.0'))).toBe('The changes require a minor version bump; info.version 1.4.0 → 1.5.0 (minor).');
    expect(describeVerdict(semverVerdict(of(), '1.4.0', '1.4.0'))).toBe('The changes require no version bump; info.version 1.4.0 (unchanged).');
  });
});

describe('describeVersion', () => {
  it('shows a service that is new or gone without a bump', () => {
    expect(describeVersion(semverVerdict(of('additive'), undefined, '1.0.0'))).toBe('none → 1.0.0');
    expect(describeVersion(semverVerdict(of('breaking'), '1.0.0', undefined))).toBe('1.0.0 → none');
    expect(describeVersion(semverVerdict(of('breaking'), 'v1', 'v2'))).toBe('v1 → v2 (not semver)');
  });
});
