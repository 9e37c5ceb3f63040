import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareService, type ServiceSide } from '../src/check/compare-service.js';
import { RULE_FIXTURES } from './support/fixtures.js';

const ROOT = '/surface';

function side(fixture: string, file: 'base.yaml' | 'revision.yaml'): ServiceSide {
  const entry = `${ROOT}/books/openapi.yaml`;
  return { entry, root: ROOT, files: new Map([[entry, readFileSync(path.join(RULE_FIXTURES, fixture, file))]]), label: file };
}

// `check` compares each service on its own; the version verdict applies there too, per service.
async function check(fixture: string) {
  return compareService({
    name: 'books',
    base: side(fixture, 'base.yaml'),
    revision: side(fixture, 'revision.yaml'),
    options: { today: '2026-06-15', displayRoot: ROOT, validate: false },
  });
}

describe('version-bump-too-small in check', () => {
  it.each([
    ['version-bump-too-small', ['version-bump-too-small', 'operation-removed-without-deprecation']],
    ['version-bump-too-small--major-bump', ['operation-removed-without-deprecation']],
    ['version-bump-too-small--unchanged-version', ['operation-removed-without-deprecation']],
  ])('%s', async (fixture, ruleIds) => {
    expect((await check(fixture)).findings.map((f) => f.ruleId)).toEqual(ruleIds);
  });

  it('points at both info.version lines of the service', async () => {
    const bump = (await check('version-bump-too-small')).findings[0];
    expect([bump.ruleId, bump.service, bump.base, bump.revision]).toEqual([
      'version-bump-too-small',
      'books',
      { file: 'books/openapi.yaml', pointer: '/info/version', line: 4 },
      { file: 'books/openapi.yaml', pointer: '/info/version', line: 4 },
    ]);
  });
});
