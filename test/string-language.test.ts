import { describe, expect, it } from 'vitest';
import { stringRelation } from '../src/diff/string-language.js';

const same = { patternNarrows: false, patternWidens: false, narrows: false, widens: false };

describe('stringRelation', () => {
  it('finds rewrites that accept the same strings', () => {
    expect(stringRelation({ pattern: '^[a-z]+$' }, { pattern: '^[a-z][a-z]*$' })).toEqual(same);
    expect(stringRelation({ pattern: '\\d' }, { pattern: '[0-9]' })).toEqual(same);
    expect(stringRelation({ pattern: '^(a|b)$' }, { pattern: '^[ab]$' })).toEqual(same);
    // Patterns are not anchored: `ab` anywhere is what `a(?=b)` finds anywhere.
    expect(stringRelation({ pattern: 'a(?=b)' }, { pattern: 'ab' })).toEqual(same);
  });

  it('tells a narrowing from a widening and from a change both ways', () => {
    expect(stringRelation({ pattern: '^[a-z0-9]+$' }, { pattern: '^[a-z]+$' })).toEqual({ patternNarrows: true, patternWidens: false, narrows: true, widens: false });
    expect(stringRelation({ pattern: '^[a-z]+$' }, { pattern: '^[a-z0-9]+$' })).toEqual({ patternNarrows: false, patternWidens: true, narrows: false, widens: true });
    expect(stringRelation({ pattern: '^[a-z]+$' }, { pattern: '^[0-9]+$' })).toEqual({ patternNarrows: true, patternWidens: true, narrows: true, widens: true });
    // `^a` also takes "ab".
    expect(stringRelation({ pattern: '^a$' }, { pattern: '^a' })).toEqual({ patternNarrows: false, patternWidens: true, narrows: false, widens: true });
  });

  it('judges the pattern within the length bounds', () => {
    // Old strings are at most 5 long: the new pattern still takes every one of them.
    expect(stringRelation({ pattern: '^[a-z]{1,10}$', maxLength: 5 }, { pattern: '^[a-z]{1,5}$', maxLength: 5 })).toEqual(same);
    // The bound moved into the pattern: the same strings, so neither the pattern nor the length narrowed or widened.
    expect(stringRelation({ pattern: '^[a-z]+$', maxLength: 5 }, { pattern: '^[a-z]{1,5}$' })).toEqual(same);
    expect(stringRelation({ pattern: '^[a-z]{1,10}$', maxLength: 8 }, { pattern: '^[a-z]{1,5}$', maxLength: 8 })).toEqual({ patternNarrows: true, patternWidens: false, narrows: true, widens: false });
    // A shorter maximum narrows the strings although the pattern did not change what it takes within the old bound.
    expect(stringRelation({ pattern: '^[a-z]+$', maxLength: 8 }, { pattern: '^[a-z]{1,}$', maxLength: 4 })).toEqual({ patternNarrows: false, patternWidens: false, narrows: true, widens: false });
  });

  it('cuts a repetition at a free end of an unanchored pattern down to its minimum', () => {
    // AWS Keyspaces names: one word character more is no longer asked for anywhere in the value.
    const names = (pattern: string) => ({ pattern, minLength: 1, maxLength: 48 });
    const widened = { patternNarrows: false, patternWidens: true, narrows: false, widens: true };
    expect(stringRelation(names('[a-zA-Z0-9][a-zA-Z0-9_]{1,47}'), names('[a-zA-Z0-9][a-zA-Z0-9_]{0,47}'))).toEqual(widened);
    expect(stringRelation(names('[a-zA-Z0-9][a-zA-Z0-9_]{0,47}'), names('[a-zA-Z0-9][a-zA-Z0-9_]{1,47}'))).toEqual({ patternNarrows: true, patternWidens: false, narrows: true, widens: false });
    // At the start too, and in each branch of an alternation; an anchored end keeps its count.
    expect(stringRelation({ pattern: '[0-9]{2,30}x|y+' }, { pattern: '[0-9]{2}x|y' })).toEqual(same);
    expect(stringRelation({ pattern: '^[a-z]{1,30}' }, { pattern: '^[a-z]' })).toEqual(same);
    expect(stringRelation({ pattern: '[a-z]{2,30}$' }, { pattern: '[a-z]{2}$' })).toEqual(same);
    expect(stringRelation({ pattern: '^[a-z]{1,30}$' }, { pattern: '^[a-z]$' })).toEqual({ patternNarrows: true, patternWidens: false, narrows: true, widens: false });
  });

  it('applies the length bounds to the lengths of the strings that differ, not to the patterns', () => {
    // AWS Lex names: at most 100 characters never need more than 100 repetitions of a group that takes one or two.
    const lex = (pattern: string) => ({ pattern, minLength: 1, maxLength: 100 });
    expect(stringRelation(lex('^([0-9a-zA-Z][_-]?)+$'), lex('^([0-9a-zA-Z][_-]?){1,100}$'))).toEqual(same);
    // Without the bound, 101 repetitions are lost.
    expect(stringRelation({ pattern: '^([0-9a-zA-Z][_-]?)+$' }, { pattern: '^([0-9a-zA-Z][_-]?){1,100}$' })).toEqual({ patternNarrows: true, patternWidens: false, narrows: true, widens: false });
    // Nor with a bound one character longer than the count allows for.
    expect(stringRelation({ ...lex('^([0-9a-zA-Z][_-]?)+$'), maxLength: 101 }, { ...lex('^([0-9a-zA-Z][_-]?){1,100}$'), maxLength: 101 })).toEqual({ patternNarrows: true, patternWidens: false, narrows: true, widens: false });
  });

  it('leaves undecided what an automaton cannot say or what costs too much', () => {
    // A lookahead that is not at an edge of the string.
    expect(stringRelation({ pattern: '^(?=.*\\d)[a-z0-9]+$' }, { pattern: '^[a-z0-9]+$' })).toBeUndefined();
    // Not a valid pattern with the `u` flag.
    expect(stringRelation({ pattern: '^[\\w-_]+$' }, { pattern: '^a$' })).toBeUndefined();
    // A deterministic automaton with exponentially many states: stops at the node bound, every time.
    const explosive = { pattern: '^(a|b|c|d|e)*a(a|b|c|d|e){20}$' };
    expect(stringRelation(explosive, { pattern: '^.*$' })).toBeUndefined();
    expect(stringRelation(explosive, { pattern: '^.*$' })).toBeUndefined();
    expect(stringRelation({ pattern: '^a+$', maxLength: 100_000 }, { pattern: '^a+$', maxLength: 99_999 })).toBeUndefined();
  });
});
