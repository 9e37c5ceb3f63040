import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, renderSarif } from '../src/report/sarif.js';
import { ROOT } from './support/fixtures.js';
import { fixtureReport } from './support/report-fixture.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
  relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  runs: { tool: { driver: { rules: { id: string; help: { text: string }; shortDescription: { text: string } }[] } }; results: SarifResult[] }[];
}

// The official OASIS schema (Schemata/sarif-schema-2.1.0.json), shipped in fixtures/.
const schema = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;

async function sarif(kind: 'yaml' | 'json' = 'yaml'): Promise<SarifLog> {
  const { report, options } = await fixtureReport(kind);
  return JSON.parse(renderSarif(report, options)) as SarifLog;
}

describe('SARIF report', () => {
  it('validates against the SARIF 2.1.0 JSON schema', async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    for (const kind of ['yaml', 'json'] as const) {
      const log = await sarif(kind);
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    }
    // The schema does bite: a result without a message is not SARIF.
    const broken = await sarif();
    delete (broken.runs[0].results[0] as Partial<{ message: unknown }>).message;
    expect(validate(broken)).toBe(false);
  });

  it('has one rule per rule id, with its description and help text, and results pointing at them', async () => {
    const run = (await sarif()).runs[0];
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([
      'new-optional-request-property',
      'operation-added',
      'operation-deprecated',
      'operation-removed-without-deprecation',
      'request-parameter-added-required',
      'request-parameter-enum-value-added',
      'request-property-type-changed',
      'version-bump-too-small',
    ]);
    expect(run.tool.driver.rules[1]).toMatchObject({
      shortDescription: { text: 'A new operation.' },
      help: {
        text: 'A new operation.\n\nWhy it matters: New operations do not affect existing clients.\n\nHow to fix it: Nothing to do.\n\nMore, with an example: apicompat explain operation-added',
      },
    });
    for (const r of run.results) expect(ids[r.ruleIndex]).toBe(r.ruleId);
  });

  it('locates a removal on the nearest surviving revision line, with the base side related', async () => {
    const removal = (await sarif()).runs[0].results.find((r) => r.ruleId === 'operation-removed-without-deprecation')!;
    expect(removal.level).toBe('error');
    expect(removal.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'revision.yaml' }, region: { startLine: 44 } });
    expect(removal.relatedLocations?.[0].physicalLocation).toEqual({ artifactLocation: { uri: 'base.yaml' }, region: { startLine: 55 } });
  });

  it('keeps partial fingerprints stable across runs and distinct per finding', async () => {
    const first = (await sarif()).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    const second = (await sarif()).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const fp of first) expect(fp).toMatch(/^[0-9a-f]{10}$/);
  });
});
