import { describe, expect, it } from 'vitest';
import { EXCERPT_WIDTH, SourceLines } from '../src/report/source-excerpt.js';

describe('source excerpts', () => {
  const yaml = 'openapi: 3.0.3\r\ninfo:\r\n  title: t\r\n  version: 1.0.0\r\npaths: {}\r\n';

  it('quotes the line and its neighbours, without line ends', () => {
    const lines = new SourceLines({ 'a.yaml': yaml }).excerpt({ file: 'a.yaml', pointer: '/info/title', line: 3 }, 1);
    expect(lines).toEqual([
      { n: 2, text: 'info:', hit: false, cutBefore: false, cutAfter: false },
      { n: 3, text: '  title: t', hit: true, cutBefore: false, cutAfter: false },
      { n: 4, text: '  version: 1.0.0', hit: false, cutBefore: false, cutAfter: false },
    ]);
  });

  it('stops at the first and the last line', () => {
    const lines = new SourceLines({ 'a.yaml': 'a\nb' }).excerpt({ file: 'a.yaml', pointer: '', line: 2 }, 3);
    expect(lines?.map((l) => l.text)).toEqual(['a', 'b']);
  });

  it('quotes nothing without the text, a line, or a line inside the text', () => {
    const sources = new SourceLines({ 'a.yaml': yaml });
    expect(sources.excerpt({ file: 'b.yaml', pointer: '', line: 1 }, 3)).toBeUndefined();
    expect(sources.excerpt({ file: 'a.yaml', pointer: '' }, 3)).toBeUndefined();
    expect(sources.excerpt({ file: 'a.yaml', pointer: '', line: 99 }, 3)).toBeUndefined();
    expect(new SourceLines(undefined).excerpt({ file: 'a.yaml', pointer: '', line: 1 }, 3)).toBeUndefined();
  });

  it('quotes a long line around its column, never whole', () => {
    const minified = `{"a":"${'x'.repeat(100_000)}","target":{"type":"string"},"b":"${'y'.repeat(100_000)}"}`;
    const column = minified.indexOf('"target"') + 1;
    const [line] = new SourceLines({ 'm.json': minified }).excerpt({ file: 'm.json', pointer: '/target', line: 1, column }, 3)!;
    expect(line.text).toHaveLength(EXCERPT_WIDTH);
    expect(line.text).toContain('"target":{"type":"string"}');
    expect(line).toMatchObject({ n: 1, hit: true, cutBefore: true, cutAfter: true });
  });

  it('quotes the start of a long line without a column, and its end for a column near the end', () => {
    const minified = `{"k":"${'z'.repeat(1000)}"}`;
    const sources = new SourceLines({ 'm.json': minified });
    const [start] = sources.excerpt({ file: 'm.json', pointer: '', line: 1 }, 0)!;
    expect(start).toMatchObject({ text: minified.slice(0, EXCERPT_WIDTH), cutBefore: false, cutAfter: true });
    const [end] = sources.excerpt({ file: 'm.json', pointer: '/k', line: 1, column: minified.length }, 0)!;
    expect(end).toMatchObject({ text: minified.slice(-EXCERPT_WIDTH), cutBefore: true, cutAfter: false });
  });

  it('does not split a character outside the basic plane at either edge', () => {
    const text = '😀'.repeat(300);
    const [line] = new SourceLines({ 'e.yaml': text }).excerpt({ file: 'e.yaml', pointer: '', line: 1, column: 122 }, 0)!;
    expect(line.text).toBe('😀'.repeat(line.text.length / 2));
  });
});
