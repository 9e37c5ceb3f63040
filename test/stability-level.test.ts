import { describe, expect, it } from 'vitest';
import { STABILITY_FIXTURES, actualFindings, expectedFindings, fixtureFolders } from './support/fixtures.js';

// The x-stability-level policy across rules: a breaking change to an operation its base marks draft
// or alpha is a deprecation-class finding that says why. Each folder holds the exact, complete list.
describe('x-stability-level policy', () => {
  it('has fixtures', () => {
    expect(fixtureFolders(STABILITY_FIXTURES).length).toBeGreaterThan(0);
  });

  it.each(fixtureFolders(STABILITY_FIXTURES))('%s', async (name) => {
    expect(await actualFindings(name, STABILITY_FIXTURES)).toEqual(expectedFindings(name, STABILITY_FIXTURES));
  });
});
