import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonPointers, mayRepeatKeys } from '../src/load/json-locate.js';
import { collectRefStrings } from '../src/load/load-spec.js';
import { InputError } from '../src/load/input-error.js';
import { parseSource } from '../src/load/parse.js';
import { joinPointer } from '../src/load/pointer.js';
import { indexJsonText, lineStarts } from '../src/load/text-index.js';

/** Every pointer of a JSON text with the offset of its key (or element), by a plain recursive parser. */
function referenceOffsets(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const str = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (pointer: string): void => {
    ws();
    if (text[i] === '{') {
      i++;
      ws();
      while (text[i] !== '}') {
        const at = i;
        const key = str();
        out.set(joinPointer(pointer, key), at);
        ws();
        i++; // colon
        value(joinPointer(pointer, key));
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (text[i] === '[') {
      i++;
      ws();
      for (let n = 0; text[i] !== ']'; n++) {
        out.set(joinPointer(pointer, n), i);
        value(joinPointer(pointer, n));
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (text[i] === '"') str();
    else while (i < text.length && !/[,\]}\s]/.test(text[i])) i++;
  };
  value('');
  return out;
}

// Strings full of the characters a scanner could trip on: brackets, quotes, backslashes, colons.
const trickyString = fc.stringMatching(/^[a-z{}[\]":,\\/~ ]{0,8}$/);
const json = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    trickyString,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(trickyString, tie('node'), { maxKeys: 4 }),
  ),
})).node;

describe('locateJsonPointers', () => {
  it.each([0, 2, '\t'])('finds every key and element where a plain parser does (indent %j)', (indent) => {
    fc.assert(
      fc.property(json, (value) => {
        const text = JSON.stringify(value, null, indent);
        const expected = referenceOffsets(text);
        expect(locateJsonPointers(text, expected.keys())).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it.each([0, 2])('finds the same with a text index built beforehand (indent %j)', (indent) => {
    fc.assert(
      fc.property(json, (value) => {
        const text = JSON.stringify(value, null, indent);
        const expected = referenceOffsets(text);
        const index = indexJsonText(text);
        expect(locateJsonPointers(text, expected.keys(), index)).toEqual(expected);
        expect([...index.lineStarts]).toEqual(lineStarts(text));
      }),
      { numRuns: 300 },
    );
  });

  it('locates a pointer that does not exist at its nearest existing ancestor', () => {
    const text = '{\n  "a": {\n    "b": [1, {"c": "}]"}]\n  }\n}';
    const found = locateJsonPointers(text, ['/a/b/1/c', '/a/b/1/missing', '/a/zz/y']);
    expect(Object.fromEntries(found)).toEqual({ '/a/b/1/c': text.indexOf('"c"'), '/a/b/1/missing': text.indexOf('{"c"'), '/a/zz/y': text.indexOf('"a"') });
  });
});

describe('mayRepeatKeys (the cheap duplicate-key test)', () => {
  const repeats = (text: string) => mayRepeatKeys(text, JSON.parse(text));

  it('is false for texts without a repeated key, colons in keys and strings included', () => {
    expect(repeats('{"a:b": "c:d", "e": ["f:", ":g", {"h": "::"}], "i": 1}')).toBe(false);
    expect(repeats('"just: a string"')).toBe(false);
    expect(repeats('[1, "x:y", null]')).toBe(false);
  });

  it('is true for a repeated key at any depth, whatever its value holds', () => {
    expect(repeats('{"a": 1, "a": 2}')).toBe(true);
    expect(repeats('{"x": {"a": "1:2", "b": 0, "a": "3"}}')).toBe(true);
    expect(repeats('[{"k": {"deep": ":"}}, {"k": 1, "k": {"deep": ":"}}]')).toBe(true);
  });

  it('is not fooled by escaped colons (\\u003a) that appear as colons once parsed', () => {
    // Two colons decoded from escapes would balance the repeated key in a plain colon count.
    expect(repeats('{"a": "\\u003a\\u003a", "a": 1}')).toBe(true);
    expect(repeats('{"a": "\\u003A"}')).toBe(false);
  });

  it('collects the $ref strings on the way, as the loader would', () => {
    const text = '{"a": {"$ref": "#/x"}, "b": [{"$ref": "other.yaml#/y"}, {"$ref": 3}], "c": {"d": {"$ref": "#/x"}}}';
    const refs = new Set<string>();
    expect(mayRepeatKeys(text, JSON.parse(text), refs)).toBe(false);
    expect([...refs].sort()).toEqual([...collectRefStrings(JSON.parse(text))].sort());
    expect([...refs].sort()).toEqual(['#/x', 'other.yaml#/y']);
  });

  it('agrees with a plain count of keys on generated JSON', () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(json, fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        expect(mayRepeatKeys(text, JSON.parse(text))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('repeated keys checked once the text index is in (large files, built CLI)', () => {
  const countKeys = (value: unknown): number =>
    value !== null && typeof value === 'object'
      ? Object.entries(value).reduce((n, [, v]) => n + countKeys(v), Array.isArray(value) ? 0 : Object.keys(value).length)
      : 0;

  it('the index counts the keys written, brackets, colons and escapes in strings aside', () => {
    fc.assert(
      fc.property(json, fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        expect(indexJsonText(text).keys).toBe(countKeys(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
    expect(indexJsonText('{"a": "\\u003a:\\"}", "b:": {"c": [":", {"d": 1}]}}').keys).toBe(4);
  });

  const refusal = (run: () => void) => {
    try {
      run();
    } catch (error) {
      return error instanceof InputError ? error.describe() : `not an InputError: ${String(error)}`;
    }
    return 'accepted';
  };
  const repeated = '{\n  "a": {\n    "b": 1,\n    "b": "x:y"\n  },\n  "c": "\\u003a"\n}';
  const clean = '{\n  "a": {\n    "b": 1\n  },\n  "c": "\\u003a\\u003a"\n}';

  it('refuses a repeated key by the index count, with its line, and only when asked', () => {
    const parsed = parseSource('/api.json', repeated, { keysCheckedLater: true });
    parsed.useIndex!(indexJsonText(parsed.text));
    expect(refusal(() => parsed.checkKeys!())).toBe('/api.json:4: duplicate key "b"');
    const fine = parseSource('/api.json', clean, { keysCheckedLater: true });
    fine.useIndex!(indexJsonText(fine.text));
    expect(refusal(() => fine.checkKeys!())).toBe('accepted');
  });

  it('reads the text itself when no index came (the thread failed)', () => {
    expect(refusal(() => parseSource('/api.json', repeated, { keysCheckedLater: true }).checkKeys!())).toBe('/api.json:4: duplicate key "b"');
    expect(refusal(() => parseSource('/api.json', clean, { keysCheckedLater: true }).checkKeys!())).toBe('accepted');
  });

  it('is checked while parsing otherwise', () => {
    expect(refusal(() => parseSource('/api.json', repeated))).toBe('/api.json:4: duplicate key "b"');
  });
});
