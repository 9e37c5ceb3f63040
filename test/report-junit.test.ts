import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderJunit } from '../src/report/junit.js';
import type { Finding, Report } from '../src/types.js';
import { fixtureReport } from './support/report-fixture.js';
import { reportOf } from './support/report-of.js';

interface Case {
  name: string;
  failure?: { type: string; message: string; '#text': string }[];
  'system-out'?: string;
}

function parse(xml: string): { testsuites: { tests: number; failures: number; testsuite: { name: string; tests: number; failures: number; testcase: Case[] }[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: true, isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) });
  return parser.parse(xml);
}

describe('JUnit report', () => {
  it('has one test case per operation and one failure per breaking change', async () => {
    const { report, options } = await fixtureReport();
    const { testsuites } = parse(renderJunit(report, options));
    expect(testsuites).toMatchObject({ tests: 6, failures: 4 });
    const suite = testsuites.testsuite[0];
    expect(suite.name).toBe('API');
    expect(suite.testcase.map((c) => [c.name, (c.failure ?? []).map((f) => f.type)])).toEqual([
      ['(whole API)', ['version-bump-too-small']],
      ['GET /orders', ['request-parameter-added-required']],
      ['POST /orders', ['request-property-type-changed']],
      ['DELETE /orders/{id}', ['operation-removed-without-deprecation']],
      ['GET /orders/{id}', []],
      ['GET /orders/{id}/items', []],
    ]);
    const removal = suite.testcase[3].failure![0];
    expect(removal['#text']).toContain('[base.yaml:55 → revision.yaml:44]');
    expect(suite.testcase[4]['system-out']).toBe('deprecation operation-deprecated: GET /orders/{id} was deprecated. [base.yaml:40 → revision.yaml:45]');
  });

  it('has one test case per service when the report has named services, and escapes XML', () => {
    const finding = (service: string, message: string): Finding => ({
      id: service,
      ruleId: 'operation-removed-without-deprecation',
      class: 'breaking',
      forward: 'compatible',
      direction: 'none',
      message,
      data: {},
      service,
      operation: { method: 'GET', path: '/a' },
      revision: { file: 'svc/openapi.yaml', pointer: '/paths', line: 3 },
    });
    const report: Report = reportOf([finding('orders', 'GET /a <gone> & "never" back')], [{ name: 'orders' }, { name: 'users' }]);
    const { testsuites } = parse(renderJunit(report, { color: false, failOn: 'breaking' }));
    expect(testsuites.testsuite.map((s) => [s.name, s.testcase.map((c) => c.name), s.failures])).toEqual([
      ['orders', ['orders'], 1],
      ['users', ['users'], 0],
    ]);
    expect(testsuites.testsuite[0].testcase[0].failure![0].message).toBe(`GET /a <gone> & "never" back (edit ${report.edits[0].id})`);
  });
});
