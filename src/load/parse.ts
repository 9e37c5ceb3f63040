import { Buffer, isUtf8 } from 'node:buffer';
import { InputError } from './input-error.js';
import { countKeys, findDuplicateJsonKey, locateJsonPointers, mayRepeatKeys } from './json-locate.js';
import { LineIndex, type TextPosition } from './lines.js';
import { splitPointer } from './pointer.js';
import type { TextIndex } from './text-index.js';
import type JsYaml from 'js-yaml';
import type * as Yaml from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { lazyRequire } from '../lazy-require.js';

const yaml = lazyRequire<typeof Yaml>('yaml');
const jsYaml = lazyRequire<typeof JsYaml>('js-yaml');

/** A parsed source file: its value, and lazy positions for JSON pointers into it. */
export interface ParsedFile {
  file: string;
  format: 'json' | 'yaml';
  value: unknown;
  /** 1-based line of each pointer (nearest existing ancestor for a pointer that does not exist). */
  lines(pointers: Iterable<string>): Map<string, number>;
  /** `lines` with the column where a line is long (minified JSON). */
  positions(pointers: Iterable<string>): Map<string, TextPosition>;
  /** The source text, for reports that quote lines. */
  text: string;
  /** Every `$ref` string in the file, when parsing collected them on the way (JSON). */
  refs?: ReadonlySet<string>;
  /** `$ref`s the loader rewrote (resolved against a 3.2 `$self`), each with what the author wrote: for messages. */
  writtenRefs?: ReadonlyMap<string, string>;
  /** JSON only: takes a structural index of the text built elsewhere, which makes `lines` cheap. */
  useIndex?(index: TextIndex): void;
  /**
   * Refuses a repeated key, when parsing left that to the text index (`keysCheckedLater`): with the
   * index's key count if it came, else by reading the text here. Does nothing otherwise.
   */
  checkKeys?(): void;
}

export interface ParseOptions {
  /**
   * A JSON text's index will be built elsewhere (it counts the keys written): the repeated-key check
   * then waits for `checkKeys`, and parsing only counts the keys it got.
   */
  keysCheckedLater?: boolean;
}

/** Aliases a YAML document may expand; a legitimate spec uses far fewer, a "billion laughs" far more. */
const MAX_ALIAS_COUNT = 10_000;

export function parseSource(file: string, bytes: Uint8Array | string, options: ParseOptions = {}): ParsedFile {
  const text = decode(file, bytes);
  const start = text.search(/\S/);
  if (start === -1) throw new InputError('empty file', file);
  const first = text.charCodeAt(start);
  return first === 123 || first === 91 ? parseJson(file, text, options.keysCheckedLater === true) : parseYaml(file, text);
}

function decode(file: string, bytes: Uint8Array | string): string {
  if (typeof bytes === 'string') return stripBom(bytes);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError('binary file, expected OpenAPI as YAML or JSON', file);
  // isUtf8 + toString is several times faster than a fatal TextDecoder on a 10 MB spec.
  if (!isUtf8(bytes)) throw new InputError('binary file (not UTF-8), expected OpenAPI as YAML or JSON', file);
  return utf8Text(bytes);
}

/** The text of UTF-8 bytes, without a byte order mark. */
export function utf8Text(bytes: Uint8Array): string {
  return stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseJson(file: string, text: string, keysCheckedLater: boolean): ParsedFile {
  let value: unknown;
  const lineIndex = new LineIndex(text);
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineIndex.lineAt(Number(position[1])) : undefined;
    throw new InputError(`invalid JSON: ${message.replace(/ in JSON at position.*$/, '')}`, file, line);
  }
  const refuseRepeatedKey = () => {
    const duplicate = findDuplicateJsonKey(text);
    if (duplicate) throw new InputError(`duplicate key "${duplicate.key}"`, file, lineIndex.lineAt(duplicate.offset));
  };
  const refs = new Set<string>();
  // JSON.parse keeps the last of repeated keys silently: when the text has more keys than the value, find the repeat.
  const parsedKeys = keysCheckedLater ? countKeys(value, refs) : undefined;
  if (!keysCheckedLater && mayRepeatKeys(text, value, refs)) refuseRepeatedKey();
  let index: TextIndex | undefined;
  let keysChecked = !keysCheckedLater;
  return {
    file,
    format: 'json',
    value,
    text,
    refs,
    lines(pointers) {
      const offsets = locateJsonPointers(text, pointers, index);
      return new Map([...offsets].map(([pointer, offset]) => [pointer, lineIndex.lineAt(offset)]));
    },
    positions(pointers) {
      const offsets = locateJsonPointers(text, pointers, index);
      return new Map([...offsets].map(([pointer, offset]) => [pointer, lineIndex.positionAt(offset)]));
    },
    useIndex(built) {
      index = built;
      lineIndex.useStarts(built.lineStarts);
    },
    checkKeys() {
      if (keysChecked) return;
      keysChecked = true;
      if (index ? index.keys !== parsedKeys : mayRepeatKeys(text, value)) refuseRepeatedKey();
    },
  };
}

function parseYaml(file: string, text: string): ParsedFile {
  const lineIndex = new LineIndex(text);
  let doc: Document | undefined;
  // The `yaml` document keeps source positions but costs several times more than a plain parse:
  // it is built only for line numbers, for errors, and for files using aliases or merge keys.
  const document = () => (doc ??= yaml().parseDocument(text, { uniqueKeys: true, merge: true, prettyErrors: false, strict: false }));
  const fast = mayUseAliases(text) ? undefined : fastYamlValue(text);
  const value = fast ? fast.value : documentValue(file, text, document(), lineIndex);
  return {
    file,
    format: 'yaml',
    value,
    text,
    lines(pointers) {
      const out = new Map<string, number>();
      const parsed = document();
      for (const pointer of pointers) out.set(pointer, lineIndex.lineAt(yamlOffset(parsed, pointer)));
      return out;
    },
    positions(pointers) {
      const out = new Map<string, TextPosition>();
      const parsed = document();
      for (const pointer of pointers) out.set(pointer, lineIndex.positionAt(yamlOffset(parsed, pointer)));
      return out;
    },
  };
}

/** js-yaml with the YAML 1.2 core schema; undefined when it objects (the `yaml` path then says why). */
function fastYamlValue(text: string): { value: unknown } | undefined {
  try {
    return { value: jsYaml().load(text, { schema: jsYaml().CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

/** Anchors, aliases and merge keys take the `yaml` path, which bounds alias expansion. */
function mayUseAliases(text: string): boolean {
  return /(?:^|[\s[{,:-])[&*][^\s,[\]{}]/m.test(text) || /<<\s*:/.test(text);
}

function documentValue(file: string, text: string, doc: Document, lineIndex: LineIndex): unknown {
  const problem = doc.errors[0];
  if (problem) {
    const line = lineIndex.lineAt(problem.pos[0]);
    const reason = problem.code === 'DUPLICATE_KEY' ? duplicateKeyMessage(text, problem.pos[0]) : firstLine(problem.message);
    throw new InputError(reason, file, line);
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = (error as Error).message;
    if (/alias/i.test(message)) {
      throw new InputError('YAML aliases expand too far (a resource exhaustion attack?); refusing the file', file);
    }
    throw new InputError(firstLine(message), file);
  }
}

/** yaml's message does not name the key; the source it points at does. */
function duplicateKeyMessage(text: string, offset: number): string {
  const key = /^\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]+?))\s*:/.exec(text.slice(offset, offset + 500));
  const name = key?.[1] ?? key?.[2] ?? key?.[3];
  return name === undefined ? 'duplicate key' : `duplicate key "${name}"`;
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/** Offset of the key (or item) a pointer names, or of its nearest existing ancestor. */
function yamlOffset(doc: Document, pointer: string): number {
  let node = doc.contents as YamlNode | null;
  let offset = node?.range?.[0] ?? 0;
  for (const segment of splitPointer(pointer)) {
    if (yaml().isMap(node)) {
      const pair = node.items.find((p) => String(yaml().isScalar(p.key) ? p.key.value : p.key) === segment);
      if (!pair) break;
      offset = (pair.key as YamlNode | null)?.range?.[0] ?? offset;
      node = pair.value as YamlNode | null;
    } else if (yaml().isSeq(node)) {
      const item = node.items[Number(segment)] as YamlNode | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
    if (node && 'source' in node && isAliasNode(node)) node = node.resolve(doc) ?? null;
  }
  return offset;
}

function isAliasNode(node: YamlNode): node is YamlNode & { resolve(doc: Document): YamlNode | undefined } {
  return (node as { type?: string }).type === 'ALIAS';
}
