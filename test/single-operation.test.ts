import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAgreement } from '../scripts/sweep/agreement.js';
import { compareSpecs } from '../src/index.js';
import { loadSpec, type LoadedSpec } from '../src/load/load-spec.js';
import { fileSystemSource } from '../src/load/source.js';
import { FIXTURE_TODAY, ROOT, RULE_FIXTURES, STABILITY_FIXTURES } from './support/fixtures.js';

// A finding depends on its own operation only: for every operation of every fixture pair, the full
// diff's findings equal those of the two documents cut down to that operation (components kept).
// That also makes them independent of the order in which operations are compared.

function sideFile(folder: string, side: 'base' | 'revision'): string | undefined {
  return ['yaml', 'yml', 'json'].map((ext) => path.join(folder, `${side}.${ext}`)).find((file) => existsSync(file));
}

/** Every pair of single documents under the fixture roots (service folders aside), plus the examples. */
function pairs(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const root of [RULE_FIXTURES, STABILITY_FIXTURES]) {
    for (const name of readdirSync(root).sort()) {
      const folder = path.join(root, name);
      const base = sideFile(folder, 'base');
      const revision = sideFile(folder, 'revision');
      if (base && revision) out.push([path.relative(ROOT, folder), base, revision]);
    }
  }
  const examples = path.join(ROOT, 'fixtures/examples');
  out.push(['fixtures/examples', path.join(examples, 'v1/internships/openapi.yaml'), path.join(examples, 'v2/internships/openapi.yaml')]);
  return out;
}

async function load(file: string) {
  // The examples reach a shared folder beside the document's own.
  return loadSpec(file, fileSystemSource(path.dirname(path.dirname(file))), { validate: false });
}

describe('single-operation agreement', () => {
  it('covers the fixtures', () => {
    expect(pairs().length).toBeGreaterThan(100);
  });

  it.each(pairs())('%s', async (_name, baseFile, revisionFile) => {
    const [base, revision] = await Promise.all([load(baseFile), load(revisionFile)]);
    const result = checkAgreement(base, revision, { today: FIXTURE_TODAY });
    expect(result.mismatches).toEqual([]);
  });

  it('finds a finding lost in the full diff', async () => {
    // The agreement itself must be able to fail: a full diff that drops one finding is caught.
    const folder = path.join(STABILITY_FIXTURES, 'shared-recursive-schema');
    const [base, revision] = await Promise.all([load(path.join(folder, 'base.yaml')), load(path.join(folder, 'revision.yaml'))]);
    // Stands for a full diff that loses what the cycle hides: GET /b's finding, only when both operations are there.
    const lossy = (b: LoadedSpec, r: LoadedSpec) => {
      const findings = compareSpecs(b, r, { today: FIXTURE_TODAY, cwd: '/' }).changes;
      const whole = Object.keys((r.files.get(r.entry)!.value as { paths: object }).paths).length === 2;
      return whole ? findings.filter((f) => f.operation?.path !== '/b') : findings;
    };
    const result = checkAgreement(base, revision, { today: FIXTURE_TODAY, diff: lossy });
    expect(result.mismatches.map((m) => [m.operation, m.missing.length, m.extra.length])).toEqual([['GET /b', 1, 0]]);
  });
});
