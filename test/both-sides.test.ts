import { describe, expect, it } from 'vitest';
import { bothSides } from '../src/load/both-sides.js';

const later = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const refused = (ms: number, why: string): Promise<never> => new Promise((_, reject) => setTimeout(() => reject(new Error(why)), ms));

describe('bothSides', () => {
  it('reports the base refusal when both sides are refused, even when the revision failed first', async () => {
    await expect(bothSides(refused(20, 'base'), refused(0, 'revision'))).rejects.toThrow('base');
  });

  it('reports the revision refusal when only the revision is refused', async () => {
    await expect(bothSides(later(0, 1), refused(5, 'revision'))).rejects.toThrow('revision');
  });

  it('gives both values in order', async () => {
    expect(await bothSides(later(10, 'base'), later(0, 2))).toEqual(['base', 2]);
  });
});
