import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, INVERSE_KIND, type Change } from '../src/diff/change.js';
import { RULES } from '../src/rules/registry.js';
import { forwardOf, inverseChange } from '../src/rules/forward.js';
import { shouldFail } from '../src/classify/classify.js';
import { FORWARD_VERDICTS, type Finding } from '../src/types.js';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { effectivePolicy } from '../src/policy.js';
import { actualFindings, fixtureFolders, RULE_FIXTURES } from './support/fixtures.js';
import { runCli } from './support/run-cli.js';

describe('the forward verdict', () => {
  it('pairs every change kind with the kind that undoes it, both ways', () => {
    for (const kind of CHANGE_KINDS) {
      expect(CHANGE_KINDS).toContain(INVERSE_KIND[kind]);
      expect(INVERSE_KIND[INVERSE_KIND[kind]]).toBe(kind);
    }
    expect(INVERSE_KIND['max-length-increased']).toBe('max-length-decreased');
    expect(INVERSE_KIND['property-became-required']).toBe('property-became-optional');
    expect(INVERSE_KIND['type-changed']).toBe('type-changed');
  });

  it('gives every rule a forward verdict with a why and a fix, derived from a rule that judges the inverse or its own', () => {
    for (const rule of RULES) {
      expect(FORWARD_VERDICTS, rule.id).toContain(rule.forward.class);
      expect(rule.forward.why.length, rule.id).toBeGreaterThan(10);
      expect(rule.forward.fix.length, rule.id).toBeGreaterThan(5);
      expect(rule.forward.underived, `${rule.id}: no rule judges its inverse; give it its own forward verdict`).toBeUndefined();
    }
  });

  it('turns the change round: kind, sides, from/to and relation, without lifecycle context', () => {
    const change: Change = {
      kind: 'format-changed',
      subject: 'request-property',
      direction: 'request',
      base: { file: 'a.yaml', pointer: '/a' },
      revision: { file: 'b.yaml', pointer: '/b' },
      data: { name: 'x', from: 'int32', to: 'int64' },
      context: { relation: 'widened', deprecated: true, sunset: '2030-01-01', required: true },
    };
    expect(inverseChange(change)).toEqual({
      kind: 'format-changed',
      subject: 'request-property',
      direction: 'request',
      base: { file: 'b.yaml', pointer: '/b' },
      revision: { file: 'a.yaml', pointer: '/a' },
      data: { name: 'x', from: 'int64', to: 'int32' },
      context: { relation: 'narrowed', required: true },
    });
  });

  it('judges per change where the verdict depends on it', () => {
    const rule = (id: string) => RULES.find((r) => r.id === id)!;
    const removal = (required: boolean): Change => ({ kind: 'property-removed', subject: 'request-property', direction: 'request', data: { name: 'p' }, context: { required } });
    expect(forwardOf(rule('request-property-removed'), removal(false))).toBe('compatible');
    expect(forwardOf(rule('request-property-removed'), removal(true))).toBe('breaking');
    const added = (closed: boolean): Change => ({ kind: 'property-added', subject: 'request-property', direction: 'request', data: { name: 'p' }, context: { closed } });
    expect(forwardOf(rule('new-optional-request-property'), added(false))).toBe('compatible');
    expect(forwardOf(rule('new-optional-request-property'), added(true))).toBe('breaking');
  });

  it.each([
    // A new client calling a new operation on an old server gets 404.
    ['operation-added', 'operation-added', 'breaking'],
    // The new client copes without a new optional response property.
    ['response-property-added', 'response-property-added', 'compatible'],
    ['response-property-added--required', 'response-property-added', 'breaking'],
    // A new client sends the new value; the old server rejects it.
    ['request-property-enum-value-added', 'request-property-enum-value-added', 'breaking'],
    ['request-parameter-enum-value-added', 'request-parameter-enum-value-added', 'breaking'],
    // An old server ignores an unknown property of an open object, rejects it in a closed one.
    ['new-optional-request-property', 'new-optional-request-property', 'compatible'],
    ['new-optional-request-property--closed-object', 'new-optional-request-property', 'breaking'],
    // Removals are compatible forward, whatever their lifecycle, unless the old server still requires the element.
    ['operation-removed-without-deprecation', 'operation-removed-without-deprecation', 'compatible'],
    ['request-property-removed--required', 'request-property-removed', 'breaking'],
    ['request-parameter-removed-without-deprecation--required', 'request-parameter-removed-without-deprecation', 'breaking'],
  ])('fixtures/rules/%s: %s is forward %s', async (fixture, ruleId, forward) => {
    expect(fixtureFolders()).toContain(fixture);
    const findings = await actualFindings(fixture);
    expect(findings.filter((f) => f.ruleId === ruleId).map((f) => f.forward)).toEqual([forward]);
  });
});

describe('the gate per compatibility', () => {
  const finding = (cls: Finding['class'], forward: Finding['forward'], accepted = false): Finding => ({
    id: 'x',
    ruleId: 'r',
    class: cls,
    forward,
    direction: 'none',
    message: '',
    data: {},
    ...(accepted ? { accepted: { reason: 'weighed' } } : {}),
  });

  it('holds backward to the class, forward to the forward verdict, full to either; accepted findings and never fail nothing', () => {
    const backwardOnly = [finding('breaking', 'compatible')];
    const forwardOnly = [finding('additive', 'breaking')];
    expect([shouldFail(backwardOnly, 'breaking'), shouldFail(backwardOnly, 'breaking', 'backward'), shouldFail(backwardOnly, 'breaking', 'forward'), shouldFail(backwardOnly, 'breaking', 'full')]).toEqual([true, true, false, true]);
    expect([shouldFail(forwardOnly, 'breaking'), shouldFail(forwardOnly, 'breaking', 'backward'), shouldFail(forwardOnly, 'breaking', 'forward'), shouldFail(forwardOnly, 'breaking', 'full')]).toEqual([false, false, true, true]);
    expect(shouldFail([finding('breaking', 'breaking', true)], 'breaking', 'full')).toBe(false);
    expect(shouldFail(forwardOnly, 'never', 'full')).toBe(false);
    expect(shouldFail(forwardOnly, 'additive', 'backward')).toBe(true);
  });

  it('exits by the mode: --compatibility, else the configuration, per service; backward by default', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'apicompat-forward-'));
    const copy = (fixture: string, side: string) => copyFileSync(path.join(RULE_FIXTURES, fixture, `${side}.yaml`), path.join(dir, `${fixture}-${side}.yaml`));
    for (const fixture of ['operation-added', 'operation-removed-without-deprecation']) for (const side of ['base', 'revision']) copy(fixture, side);
    const exit = async (fixture: string, ...flags: string[]) => (await runCli(['diff', `${fixture}-base.yaml`, `${fixture}-revision.yaml`, '-f', 'json', ...flags], { cwd: dir })).code;
    // A new operation: additive for old clients, breaking for new clients on an old server.
    expect([await exit('operation-added'), await exit('operation-added', '--compatibility', 'backward'), await exit('operation-added', '--compatibility', 'forward'), await exit('operation-added', '--compatibility', 'full')]).toEqual([0, 0, 1, 1]);
    // A removal: breaking for old clients, harmless for new ones.
    const removed = 'operation-removed-without-deprecation';
    expect([await exit(removed), await exit(removed, '--compatibility', 'forward'), await exit(removed, '--compatibility', 'full')]).toEqual([1, 0, 1]);
    writeFileSync(path.join(dir, 'apicompat.config.yaml'), 'compatibility: full\n');
    expect(await exit('operation-added')).toBe(1);
    expect(await exit('operation-added', '--compatibility', 'backward')).toBe(0);
    const bad = await runCli(['diff', 'operation-added-base.yaml', 'operation-added-revision.yaml', '--compatibility', 'both'], { cwd: dir });
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'apicompat: --compatibility must be one of backward, forward, full (got "both")\n' });
    const config = { compatibility: 'backward' as const, services: { auth: { compatibility: 'full' as const } } };
    expect([effectivePolicy(config, 'auth').compatibility, effectivePolicy(config, 'billing').compatibility]).toEqual(['full', 'backward']);
  });

});
