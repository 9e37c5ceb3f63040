import { describe, expect, it } from 'vitest';
import { acceptanceMatches, applyAcceptances, applyAcceptancesByService, effectivePolicy, entryFor, operationKey, staleNotes } from '../src/policy.js';
import type { AcceptEntry } from '../src/policy.js';
import type { Finding } from '../src/types.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    id: 'abc1234567',
    ruleId: 'operation-removed-without-deprecation',
    class: 'breaking',
    forward: 'compatible',
    direction: 'none',
    message: 'DELETE /items/{id} was removed.',
    data: {},
    operation: { method: 'DELETE', path: '/items/{id}' },
    base: { file: 'base.yaml', pointer: '/paths/~1items~1{id}/delete', line: 12 },
    revision: { file: 'revision.yaml', pointer: '/paths/~1items~1{id}', line: 6 },
    ...over,
  };
}

const entry = (over: Partial<AcceptEntry> = {}): AcceptEntry => ({ rule: 'operation-removed-without-deprecation', reason: 'nobody calls it', expires: '2027-03-01', ...over });

describe('acceptanceMatches', () => {
  it('matches on rule, operation (any parameter names, any method case) and either pointer', () => {
    expect(acceptanceMatches(entry(), finding())).toBe(true);
    expect(acceptanceMatches(entry({ operation: 'delete /items/{itemId}' }), finding())).toBe(true);
    expect(acceptanceMatches(entry({ pointer: '/paths/~1items~1{itemId}/delete' }), finding())).toBe(true);
    expect(acceptanceMatches(entry({ pointer: '/paths/~1items~1{id}' }), finding())).toBe(true);
  });

  it('does not match another rule, operation, pointer or service', () => {
    expect(acceptanceMatches(entry({ rule: 'operation-deprecated' }), finding())).toBe(false);
    expect(acceptanceMatches(entry({ operation: 'GET /items/{id}' }), finding())).toBe(false);
    expect(acceptanceMatches(entry({ operation: 'DELETE /items' }), finding())).toBe(false);
    expect(acceptanceMatches(entry({ pointer: '/paths/~1items~1{id}/get' }), finding())).toBe(false);
    expect(acceptanceMatches(entry({ service: 'billing' }), finding())).toBe(false);
    expect(acceptanceMatches(entry({ service: 'billing' }), finding({ service: 'billing' }))).toBe(true);
    expect(acceptanceMatches(entry({ operation: 'DELETE /items/{id}' }), finding({ operation: undefined }))).toBe(false);
  });

  it('never looks at the message', () => {
    expect(acceptanceMatches(entry(), finding({ message: 'something else entirely' }))).toBe(true);
  });

  it('normalizes operations', () => {
    expect(operationKey('  delete   /a/{x}/b/{y} ')).toBe('DELETE /a/{}/b/{}');
  });
});

describe('applyAcceptances', () => {
  it('marks a matching finding accepted up to and including the expiry day', () => {
    const outcome = applyAcceptances([finding()], [entry()], '2027-03-01');
    expect(outcome.findings).toEqual([{ ...finding(), accepted: { reason: 'nobody calls it', expires: '2027-03-01' } }]);
    expect(outcome.notes).toEqual([]);
    expect([...outcome.used]).toEqual([entry()]);
  });

  it('lets an expired acceptance fail again, with a note', () => {
    const outcome = applyAcceptances([finding()], [entry()], '2027-03-02');
    expect(outcome.findings).toEqual([{ ...finding(), acceptanceExpired: { reason: 'nobody calls it', expires: '2027-03-01' } }]);
    expect(outcome.notes).toEqual([
      'the acceptance of operation-removed-without-deprecation at DELETE /items/{id} [abc1234567] expired on 2027-03-01 (nobody calls it); it fails again',
    ]);
  });

  it('takes the entry that lasts longest when several match', () => {
    const outcome = applyAcceptances([finding()], [entry(), entry({ reason: 'renewed', expires: '2028-01-01' })], '2027-06-01');
    expect(outcome.findings[0].accepted).toEqual({ reason: 'renewed', expires: '2028-01-01' });
    expect(outcome.used.size).toBe(2);
  });

  it('reports entries that match nothing as stale', () => {
    const live = entry();
    const stale = entry({ rule: 'operation-added', operation: 'GET /gone' });
    const outcome = applyAcceptances([finding()], [live, stale], '2027-01-01');
    expect(staleNotes([live, stale], outcome.used)).toEqual([
      'stale acceptance: rule operation-added, operation GET /gone (nobody calls it) matches no change any more; remove it from the configuration',
    ]);
  });
});

describe('effectivePolicy', () => {
  it('lets a service override scalars and merge rules and deprecation key by key', () => {
    const billingOnly = entry({ service: 'billing', rule: 'operation-added' });
    const own = entry({ rule: 'operation-deprecated' });
    const config = {
      failOn: 'breaking' as const,
      rules: { 'operation-added': 'off' as const, 'operation-deprecated': 'additive' as const },
      deprecation: { minDays: 30, requireSunset: true },
      accept: [entry(), billingOnly],
      services: { billing: { failOn: 'never' as const, profile: 'strict' as const, rules: { 'operation-added': 'breaking' as const }, deprecation: { minDays: 90 }, accept: [own] } },
    };
    expect(effectivePolicy(config, 'billing')).toEqual({
      failOn: 'never',
      profile: 'strict',
      rules: { 'operation-added': 'breaking', 'operation-deprecated': 'additive' },
      deprecation: { minDays: 90, requireSunset: true },
      accept: [entry(), billingOnly, own],
    });
    expect(effectivePolicy(config, 'orders')).toEqual({
      failOn: 'breaking',
      profile: undefined,
      rules: { 'operation-added': 'off', 'operation-deprecated': 'additive' },
      deprecation: { minDays: 30, requireSunset: true },
      accept: [entry()],
    });
    expect(effectivePolicy({})).toEqual({ failOn: undefined, profile: undefined, rules: undefined, deprecation: undefined, accept: undefined });
  });
});

describe('applyAcceptancesByService', () => {
  it('applies each service its entries and calls stale only what matched in no service', () => {
    const billing = finding({ id: 'b', service: 'billing' });
    const orders = finding({ id: 'o', service: 'orders' });
    const ownOrders = entry({ reason: 'orders only' });
    const unused = entry({ rule: 'operation-added' });
    const config = { accept: [entry({ service: 'billing' }), unused], services: { orders: { accept: [ownOrders] } } };
    const outcome = applyAcceptancesByService([billing, orders], config, '2027-01-01');
    expect(outcome.findings.map((f) => [f.id, f.accepted?.reason])).toEqual([
      ['b', 'nobody calls it'],
      ['o', 'orders only'],
    ]);
    expect(outcome.notes).toEqual(['stale acceptance: rule operation-added (nobody calls it) matches no change any more; remove it from the configuration']);
  });
});

describe('entryFor', () => {
  it('names the finding by its stable fields and the more specific pointer', () => {
    expect(entryFor(finding({ service: 'billing' }), 'fine', '2027-01-01')).toEqual({
      rule: 'operation-removed-without-deprecation',
      service: 'billing',
      operation: 'DELETE /items/{id}',
      pointer: '/paths/~1items~1{id}/delete',
      reason: 'fine',
      expires: '2027-01-01',
    });
  });
});
