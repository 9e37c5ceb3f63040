// The compiled OpenAPI 3.0 check (src/load/verdict-compiler.ts) must say "valid" exactly when ajv,
// configured as swagger-parser configures it, does: compared on each 3.0 document as written and
// after a few edits chosen from the spec's id, so every run edits the same places.
import { compileAjvValidator, compileValidator } from '../../src/load/openapi-validators.js';

const EDITS_PER_SPEC = 8;

/** Values an edit puts in place: ones the schema accepts in some places and refuses in others. */
const VALUES: unknown[] = [null, 1, -1, 1.5, 'x', '', true, {}, [], { $ref: '#/x' }, { $ref: '#/x', description: 'd' }, { 'x-a': 1 }, { type: 'string' }, ['a', 'a'], 'form', 'header'];
const KEYS = ['x-y', 'foo', '$ref', 'description', 'type', 'schema', 'content', 'example', 'examples', 'required', 'style', 'in'];

let compiled: ((value: unknown) => boolean) | undefined;
let ajv: ((value: unknown) => boolean) | undefined;

export interface VerdictComparison {
  compared: number;
  /** What was edited and the two verdicts, for each disagreement. */
  disagreements: string[];
}

export function compareVerdicts(id: string, document: Record<string, unknown>): VerdictComparison {
  compiled ??= compileValidator('3.0');
  ajv ??= compileAjvValidator('3.0');
  const out: VerdictComparison = { compared: 0, disagreements: [] };
  const judge = (what: string) => {
    out.compared++;
    const [ours, theirs] = [compiled!(document), ajv!(document)];
    if (ours !== theirs) out.disagreements.push(`${what}: compiled ${ours}, ajv ${theirs}`);
  };
  judge('as written');
  const slots = containers(document);
  let seed = [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  for (let i = 0; i < EDITS_PER_SPEC && slots.length > 0; i++) {
    const [container, key] = slots[next(slots.length)];
    const before = container[key];
    const value = VALUES[next(VALUES.length)];
    const extraKey = KEYS[next(KEYS.length)];
    let undo: () => void;
    if (before !== null && typeof before === 'object' && !Array.isArray(before) && next(2) === 0) {
      const target = before as Record<string, unknown>;
      const had = Object.hasOwn(target, extraKey);
      const old = target[extraKey];
      target[extraKey] = value;
      undo = () => (had ? (target[extraKey] = old) : delete target[extraKey]);
    } else {
      container[key] = value;
      undo = () => (container[key] = before);
    }
    judge(`${slotName(container, key)} edited`);
    undo();
  }
  return out;
}

/** Every (container, key) of a document, objects and arrays alike: the places an edit can pick. */
export function containers(root: unknown): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      out.push([node as Record<string | number, unknown>, key]);
      stack.push((node as Record<string | number, unknown>)[key]);
    }
  }
  return out;
}

function slotName(container: unknown, key: string | number): string {
  return Array.isArray(container) ? `item ${key}` : `member "${String(key)}"`;
}
