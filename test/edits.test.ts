import { describe, expect, it } from 'vitest';
import { editMessage, groupEdits, withEdits } from '../src/classify/edits.js';
import { RECEIVER_RESPONSE } from '../src/diff/change.js';
import { RULES } from '../src/rules/registry.js';
import type { Finding } from '../src/types.js';
import { secretRemoval } from './support/findings.js';

const TEMPLATE = '{{operation}}: the response property {{property}} (status {{status}}) was removed without deprecation.';

function removal(id: string, method: string, path: string, property: string, status: string, pointer = '/components/schemas/app/properties/secret'): Finding {
  return secretRemoval(id, path, {
    message: `${method} ${path}: the response property ${property} (status ${status}) was removed without deprecation.`,
    data: { property, status },
    operation: { method, path },
    base: { file: 'base.json', pointer, line: 10 },
    revision: { file: 'revision.json', pointer: '/components/schemas/app', line: 8 },
  });
}

describe('edits: findings grouped by the change that caused them', () => {
  it('one edit per rule, class and pair of locations, listing each operation once, in the findings order', () => {
    const findings = [
      removal('a', 'GET', '/apps', '[].secret', '200'),
      removal('b', 'GET', '/apps/{id}', 'secret', '200'),
      removal('c', 'POST', '/apps', 'app.secret', '201'),
      removal('d', 'GET', '/apps/{id}', 'token', '200', '/components/schemas/app/properties/token'),
    ];
    const edits = groupEdits(findings, () => TEMPLATE);
    expect(edits).toEqual([
      {
        id: edits[0].id,
        ruleId: 'response-optional-property-removed',
        class: 'breaking',
        forward: 'compatible',
        direction: 'response',
        message: 'The response property secret (status 200, 201) was removed without deprecation.',
        base: { file: 'base.json', pointer: '/components/schemas/app/properties/secret', line: 10 },
        revision: { file: 'revision.json', pointer: '/components/schemas/app', line: 8 },
        operations: [
          { method: 'GET', path: '/apps' },
          { method: 'GET', path: '/apps/{id}' },
          { method: 'POST', path: '/apps' },
        ],
        changes: ['a', 'b', 'c'],
      },
      {
        id: edits[1].id,
        ruleId: 'response-optional-property-removed',
        class: 'breaking',
        forward: 'compatible',
        direction: 'response',
        message: 'GET /apps/{id}: the response property token (status 200) was removed without deprecation.',
        base: { file: 'base.json', pointer: '/components/schemas/app/properties/token', line: 10 },
        revision: { file: 'revision.json', pointer: '/components/schemas/app', line: 8 },
        operations: [{ method: 'GET', path: '/apps/{id}' }],
        changes: ['d'],
      },
    ]);
    expect(edits.map((e) => e.id)).toEqual([expect.stringMatching(/^[0-9a-f]{10}$/), expect.stringMatching(/^[0-9a-f]{10}$/)]);
    expect(findings.map((f) => f.edit)).toEqual([edits[0].id, edits[0].id, edits[0].id, edits[1].id]);
  });

  it('gives the same id whatever the operations and lines, and another one for another location', () => {
    const [one] = groupEdits([removal('a', 'GET', '/apps', 'secret', '200')], () => TEMPLATE);
    const moved = removal('x', 'PUT', '/other', 'secret', '204');
    moved.base!.line = 99;
    const [same] = groupEdits([moved], () => TEMPLATE);
    const [other] = groupEdits([removal('a', 'GET', '/apps', 'token', '200', '/components/schemas/app/properties/token')], () => TEMPLATE);
    expect(same.id).toBe(one.id);
    expect(other.id).not.toBe(one.id);
  });

  it('keeps apart the same location judged in two classes (an unstable operation), with distinct ids', () => {
    const stable = removal('a', 'GET', '/apps', 'secret', '200');
    const draft = { ...removal('b', 'GET', '/beta', 'secret', '200'), class: 'deprecation' as const };
    const edits = groupEdits([stable, draft], () => TEMPLATE);
    expect(edits.map((e) => [e.class, e.changes])).toEqual([
      ['breaking', ['a']],
      ['deprecation', ['b']],
    ]);
    expect(new Set(edits.map((e) => e.id)).size).toBe(2);
  });

  it('keeps what classification appended to every message, and lists at most three differing values', () => {
    const members = ['200', '201', '202', '203', '204'].map((status, i) => {
      const f = removal(String(i), 'GET', `/p${i}`, 'secret', status);
      f.message += ' Allowed: draft.';
      return f;
    });
    const operations = members.map((f) => f.operation!);
    expect(editMessage(members, operations, TEMPLATE)).toBe('The response property secret (status 200, 201, 202 and 2 more) was removed without deprecation. Allowed: draft.');
    expect(editMessage(members, operations, undefined)).toBe(members[0].message);
  });

  it('words an edit about requests the API sends (webhooks) as their findings are, and names them beside response statuses', () => {
    const hooks = ['check-run-completed', 'check-suite-completed'].map((hook, i) => {
      const f = removal(`h${i}`, 'POST', hook, `${hook.split('-')[1]}.app.secret`, 'request');
      f.message = `POST ${hook}: the property ${f.data.property} of the request the API sends was removed without deprecation.`;
      return f;
    });
    expect(editMessage(hooks, hooks.map((f) => f.operation!), TEMPLATE)).toBe('The property app.secret of the request the API sends was removed without deprecation.');
    const mixed = [removal('0', 'GET', '/apps', 'secret', '200'), removal('1', 'POST', '/apps', 'secret', '201'), hooks[0]];
    expect(editMessage(mixed, mixed.map((f) => f.operation!), TEMPLATE)).toBe(
      'The response property secret (status 200, 201; also in the requests the API sends) was removed without deprecation.',
    );
  });

  it("words an edit about receivers' responses (webhooks) as their findings are, and names them beside an operation's request", () => {
    const template = RULES.find((r) => r.id === 'request-property-removed')!.message;
    const answer = (id: string, hook: string, status: string): Finding => ({
      ...removal(id, 'POST', hook, 'ack', status),
      ruleId: 'request-property-removed',
      direction: 'request',
      data: { property: 'ack', status, sentBy: RECEIVER_RESPONSE },
      message: `POST ${hook}: the property ack of the response receivers send back to the API (status ${status}) was removed without deprecation.`,
    });
    const hooks = [answer('h0', 'check-run-completed', '200'), answer('h1', 'check-suite-completed', '202')];
    expect(editMessage(hooks, hooks.map((f) => f.operation!), template)).toBe(
      'The property ack of the response receivers send back to the API (status 200, 202) was removed without deprecation.',
    );
    const request: Finding = { ...removal('r', 'POST', '/apps', 'ack', ''), ruleId: 'request-property-removed', direction: 'request', data: { property: 'ack' }, message: 'POST /apps: the request property ack was removed without deprecation.' };
    const mixed = [request, hooks[0]];
    expect(editMessage(mixed, mixed.map((f) => f.operation!), template)).toBe("The request property ack (also in receivers' responses) was removed without deprecation.");
  });

  it('an edit is accepted when all its findings are; counts per class say how many are accepted', () => {
    const accepted = { reason: 'planned', expires: '2027-01-01' };
    const findings = [
      { ...removal('a', 'GET', '/apps', 'secret', '200'), accepted },
      { ...removal('b', 'GET', '/apps/{id}', 'secret', '200'), accepted },
      { ...removal('c', 'GET', '/apps', 'token', '200', '/components/schemas/app/properties/token'), accepted },
      removal('d', 'GET', '/apps/{id}', 'token', '200', '/components/schemas/app/properties/token'),
    ];
    const { edits, summary } = withEdits(findings, () => TEMPLATE);
    expect(edits.map((e) => e.accepted)).toEqual([accepted, undefined]);
    expect(summary).toEqual({
      breaking: 4,
      deprecation: 0,
      additive: 0,
      accepted: { breaking: 3, deprecation: 0, additive: 0 },
      edits: { breaking: 2, deprecation: 0, additive: 0, accepted: { breaking: 1, deprecation: 0, additive: 0 } },
    });
  });
});
