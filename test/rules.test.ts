import { describe, expect, it } from 'vitest';
import { actualFindings, expectedFindings, fixtureFolders } from './support/fixtures.js';

// Every folder in fixtures/rules is a base/revision pair with the exact, complete list of findings.
describe('rule fixtures', () => {
  it.each(fixtureFolders())('%s', async (name) => {
    expect(await actualFindings(name)).toEqual(expectedFindings(name));
  });
});
