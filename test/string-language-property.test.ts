import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringRelation, type StringConstraints } from '../src/diff/string-language.js';

// stringRelation against the definition, on generated patterns: a string is admitted when the
// pattern (ECMA-262 with `u`, the dialect validators such as ajv use) matches somewhere in it and its
// length is within the bounds. The atoms below split every character into one of six kinds, so the
// strings over these six characters stand for all strings.
const ALPHABET = ['a', 'b', '_', 'c', '-', '\n'];
const ATOMS = ['a', 'b', '_', '[ab]', '[a_]', '\\w', '.', '[^a]'];
const COUNTS = ['', '', '?', '*', '+', '{2}', '{0,2}', '{1,3}', '{2,4}', '{1,}', '{0,1}'];
/** Counted repetitions and free ends are the cases that take the trimming and the length search. */
const RUNS = { numRuns: 150 };
const SLOW = { timeout: 180_000 };

const counted = (atom: fc.Arbitrary<string>) => fc.tuple(atom, fc.constantFrom(...COUNTS)).map(([a, count]) => a + count);
const terms = (term: fc.Arbitrary<string>) => fc.array(term, { minLength: 1, maxLength: 3 }).map((t) => t.join(''));
/** Groups one level deep: deeper ones soon pass the node bound, which is not what is tested here. */
const inner = terms(counted(fc.constantFrom(...ATOMS)));
const group = fc.oneof(inner.map((s) => `(?:${s})`), fc.tuple(inner, inner).map(([x, y]) => `(${x}|${y})`));
const sequence = terms(counted(fc.oneof(fc.constantFrom(...ATOMS), group)));

const branch = fc.tuple(fc.boolean(), sequence, fc.boolean()).map(([start, body, end]) => `${start ? '^' : ''}${body}${end ? '$' : ''}`);
const pattern = fc.oneof(branch, fc.tuple(branch, branch).map(([x, y]) => `${x}|${y}`));

function stringsUpTo(length: number): string[] {
  const out = [''];
  let layer = [''];
  for (let n = 1; n <= length; n++) {
    layer = layer.flatMap((s) => ALPHABET.map((c) => s + c));
    out.push(...layer);
  }
  return out;
}

const admits = (c: StringConstraints, regex: RegExp, s: string) => s.length >= (c.minLength ?? 0) && s.length <= (c.maxLength ?? Infinity) && regex.test(s);

/** The relation read off every string up to `length` characters. */
function bruteRelation(base: StringConstraints, rev: StringConstraints, length: number) {
  const oldRegex = new RegExp(base.pattern!, 'u');
  const newRegex = new RegExp(rev.pattern!, 'u');
  const found = { patternNarrows: false, patternWidens: false, narrows: false, widens: false };
  for (const s of stringsUpTo(length)) {
    const inOld = admits(base, oldRegex, s);
    const inNew = admits(rev, newRegex, s);
    if (inOld && !newRegex.test(s)) found.patternNarrows = true;
    if (inNew && !oldRegex.test(s)) found.patternWidens = true;
    if (inOld && !inNew) found.narrows = true;
    if (inNew && !inOld) found.widens = true;
  }
  return found;
}

const LONGEST = 5;
const bounded = fc.record({ pattern, minLength: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), maxLength: fc.integer({ min: 0, max: LONGEST }) });

describe('stringRelation on generated patterns', () => {
  // Some generated pairs pass the node bound (a repetition anchored at one end, counted within
  // another): those are left undecided, which is allowed, but must stay few.
  it('gives exactly the relation read off every string, when the maximum lengths leave finitely many', SLOW, () => {
    let undecided = 0;
    fc.assert(
      fc.property(bounded, bounded, (base, rev) => {
        const relation = stringRelation(base, rev);
        if (relation === undefined) undecided++;
        else expect(relation).toEqual(bruteRelation(base, rev, LONGEST));
      }),
      RUNS,
    );
    expect(undecided).toBeLessThan(RUNS.numRuns / 10);
  });

  it('never misses a difference a short string shows, without a maximum length', SLOW, () => {
    const unbounded = fc.record({ pattern, minLength: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }) });
    let undecided = 0;
    fc.assert(
      fc.property(unbounded, unbounded, (base, rev) => {
        const relation = stringRelation(base, rev);
        if (relation === undefined) return void undecided++;
        const shown = bruteRelation(base, rev, LONGEST);
        for (const key of Object.keys(shown) as (keyof typeof shown)[]) if (shown[key]) expect(relation[key]).toBe(true);
      }),
      RUNS,
    );
    expect(undecided).toBeLessThan(RUNS.numRuns / 10);
  });
});
