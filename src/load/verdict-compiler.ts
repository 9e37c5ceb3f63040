// Compiles a draft-04 JSON Schema into JavaScript that answers one question: valid or not.
// ajv's code also builds an error path for every value it descends into and an error object for
// every `oneOf` branch that fails, which on a 10 MB spec costs more than the check itself. Here a
// failure needs no detail: the loader then runs swagger-parser, whose complaint is the one shown.
//
// Only the keywords the OpenAPI 3.0 schema uses are compiled; any other keyword is refused when
// compiling, so a changed schema can't end up checked more loosely than ajv checks it.

type Schema = boolean | Record<string, unknown>;

/** Keywords that never change a verdict (formats are not validated: swagger-parser's ajv doesn't either). */
const INERT = new Set(['description', 'default', 'format', 'id', '$schema', 'definitions', 'title', 'example']);
const OBJECT_KEYWORDS = ['properties', 'patternProperties', 'additionalProperties', 'required', 'minProperties', 'maxProperties'];
const ARRAY_KEYWORDS = ['items', 'minItems', 'maxItems', 'uniqueItems'];
const KNOWN = new Set([...INERT, ...OBJECT_KEYWORDS, ...ARRAY_KEYWORDS, 'type', 'enum', 'pattern', 'minimum', 'exclusiveMinimum', 'allOf', 'anyOf', 'oneOf', 'not', '$ref']);

/**
 * The body of a function that returns the validator for `root`, a `(value) => boolean` with the
 * verdicts of ajv-draft-04 under `{ strict: false, validateFormats: false }` on JSON values.
 */
export function compileVerdict(root: Record<string, unknown>): string {
  const compiler = new VerdictCompiler(root);
  const entry = compiler.functionFor(root);
  return ['"use strict";', EQUAL, ...compiler.declarations(), `return ${entry};`].join('\n');
}

/**
 * Deep equality of JSON values for `uniqueItems`, as ajv's (fast-deep-equal) answers for them. It
 * differs only on values no parser makes or where ajv fails: an object with its own `toString` or
 * `valueOf` key is compared like any other (ajv calls it, and throws), and an object without a
 * prototype equals one with (ajv compares constructors; our answer is then the stricter one).
 */
const EQUAL = `function equal(a, b) {
if (a === b) return true;
if (!a || !b || typeof a != "object" || typeof b != "object") return a !== a && b !== b;
if (Array.isArray(a)) {
if (!Array.isArray(b) || a.length !== b.length) return false;
for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
return true;
}
if (Array.isArray(b)) return false;
const keys = Object.keys(a);
if (keys.length !== Object.keys(b).length) return false;
for (const k of keys) if (!Object.prototype.hasOwnProperty.call(b, k) || !equal(a[k], b[k])) return false;
return true;
}`;

class VerdictCompiler {
  private readonly functions = new Map<object, string>();
  private readonly bodies: string[] = [];
  private readonly patterns = new Map<string, string>();

  constructor(private readonly root: Record<string, unknown>) {}

  declarations(): string[] {
    const patterns = [...this.patterns].map(([source, name]) => `const ${name} = new RegExp(${JSON.stringify(source)}, "u");`);
    return [...patterns, ...this.bodies];
  }

  /** The name of a function validating `schema`, compiled on first request (recursion-safe). */
  functionFor(schema: Record<string, unknown>): string {
    const target = this.followRef(schema);
    const known = this.functions.get(target);
    if (known) return known;
    const name = `s${this.functions.size}`;
    this.functions.set(target, name);
    this.bodies.push(`function ${name}(x) {\n${this.statements(target).join('\n')}\nreturn true;\n}`);
    return name;
  }

  /** A JavaScript expression that is true when `value` (an expression) is valid, or undefined for "always". */
  check(schema: Schema, value: string): string | undefined {
    if (schema === true) return undefined;
    if (schema === false) return 'false';
    const target = this.followRef(schema);
    const active = Object.keys(target).filter((key) => !INERT.has(key));
    if (active.length === 0) return undefined;
    if (active.every((key) => key === 'type' || key === 'enum')) {
      return active.map((key) => (key === 'type' ? typeCheck(target.type, value) : this.enumCheck(target.enum, value))).join(' && ');
    }
    return `${this.functionFor(target)}(${value})`;
  }

  private followRef(schema: Record<string, unknown>): Record<string, unknown> {
    let current = schema;
    for (let hops = 0; typeof current.$ref === 'string'; hops++) {
      const extra = Object.keys(current).filter((key) => key !== '$ref' && !INERT.has(key));
      if (extra.length > 0) throw new Error(`unsupported: keywords beside $ref (${extra.join(', ')})`);
      if (hops > 100 || !current.$ref.startsWith('#/')) throw new Error(`unsupported $ref ${current.$ref}`);
      current = current.$ref.slice(2).split('/').reduce<Record<string, unknown>>((node, part) => node[part.replace(/~1/g, '/').replace(/~0/g, '~')] as Record<string, unknown>, this.root);
      if (current === undefined || typeof current !== 'object') throw new Error(`unresolved $ref ${String(schema.$ref)}`);
    }
    return current;
  }

  private statements(schema: Record<string, unknown>): string[] {
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key}`);
    const out: string[] = [];
    const fail = (condition: string) => out.push(`if (!(${condition})) return false;`);
    if (schema.type !== undefined) fail(typeCheck(schema.type, 'x'));
    if (schema.enum !== undefined) fail(this.enumCheck(schema.enum, 'x'));
    out.push(...guarded(schema.type, 'object', 'x && typeof x == "object" && !Array.isArray(x)', this.objectStatements(schema)));
    out.push(...guarded(schema.type, 'array', 'Array.isArray(x)', this.arrayStatements(schema)));
    if (schema.pattern !== undefined) out.push(...guarded(schema.type, 'string', 'typeof x == "string"', [`if (!${this.pattern(schema.pattern)}.test(x)) return false;`]));
    if (schema.minimum !== undefined) {
      if (typeof schema.minimum !== 'number') throw new Error('unsupported minimum');
      const operator = schema.exclusiveMinimum === true ? '>' : '>=';
      out.push(...guarded(schema.type, 'number', 'typeof x == "number"', [`if (!(x ${operator} ${schema.minimum})) return false;`]));
    } else if (schema.exclusiveMinimum !== undefined) throw new Error('unsupported exclusiveMinimum without minimum');
    for (const part of list(schema.allOf, 'allOf')) {
      const condition = this.check(part, 'x');
      if (condition) fail(condition);
    }
    if (schema.anyOf !== undefined) fail(list(schema.anyOf, 'anyOf').map((part) => this.check(part, 'x') ?? 'true').join(' || '));
    if (schema.oneOf !== undefined) {
      const parts = list(schema.oneOf, 'oneOf').map((part) => `(${this.check(part, 'x') ?? 'true'} ? 1 : 0)`);
      fail(`${parts.join(' + ')} === 1`);
    }
    if (schema.not !== undefined) fail(`!(${this.check(asSchema(schema.not, 'not'), 'x') ?? 'true'})`);
    return out;
  }

  private objectStatements(schema: Record<string, unknown>): string[] {
    const out: string[] = [];
    const required = schema.required === undefined ? [] : strings(schema.required, 'required');
    if (required.length > 0) out.push(`if (${required.map((name) => `x[${JSON.stringify(name)}] === undefined`).join(' || ')}) return false;`);
    for (const [keyword, operator] of [['minProperties', '>='], ['maxProperties', '<=']] as const) {
      if (schema[keyword] === undefined) continue;
      if (typeof schema[keyword] !== 'number') throw new Error(`unsupported ${keyword}`);
      out.push(`if (!(Object.keys(x).length ${operator} ${schema[keyword]})) return false;`);
    }
    const properties = record(schema.properties, 'properties');
    const patterns = Object.entries(record(schema.patternProperties, 'patternProperties'));
    const additional = schema.additionalProperties === undefined ? true : asSchema(schema.additionalProperties, 'additionalProperties');
    if (patterns.length === 0 && additional === true) {
      // Only named properties constrain the value: look them up instead of walking every key.
      for (const [name, property] of Object.entries(properties)) {
        const condition = this.check(asSchema(property, name), 'v');
        if (condition) out.push(`{ const v = x[${JSON.stringify(name)}]; if (v !== undefined && !(${condition})) return false; }`);
      }
      return out;
    }
    const cases = Object.entries(properties).map(([name, property]) => {
      // A named property is also held to every pattern its name matches.
      const conditions = [this.check(asSchema(property, name), 'v'), ...patterns.filter(([source]) => new RegExp(source, 'u').test(name)).map(([source, pattern]) => this.check(asSchema(pattern, source), 'v'))].filter(Boolean);
      return `case ${JSON.stringify(name)}:${conditions.length > 0 ? ` if (!(${conditions.join(' && ')})) return false;` : ''} break;`;
    });
    const otherKey = [`let matched = false;`];
    for (const [source, pattern] of patterns) {
      const condition = this.check(asSchema(pattern, source), 'v');
      otherKey.push(`if (${this.pattern(source)}.test(k)) { matched = true;${condition ? ` if (!(${condition})) return false;` : ''} }`);
    }
    const additionalCheck = this.check(additional, 'v');
    if (additionalCheck) otherKey.push(`if (!matched && !(${additionalCheck})) return false;`);
    out.push(`for (const k in x) {\nconst v = x[k];\nswitch (k) {\n${cases.join('\n')}\ndefault: {\n${otherKey.join('\n')}\n}\n}\n}`);
    return out;
  }

  private arrayStatements(schema: Record<string, unknown>): string[] {
    const out: string[] = [];
    for (const [keyword, operator] of [['minItems', '>='], ['maxItems', '<=']] as const) {
      if (schema[keyword] === undefined) continue;
      if (typeof schema[keyword] !== 'number') throw new Error(`unsupported ${keyword}`);
      out.push(`if (!(x.length ${operator} ${schema[keyword]})) return false;`);
    }
    if (schema.items !== undefined) {
      if (Array.isArray(schema.items)) throw new Error('unsupported: items as a list');
      const condition = this.check(asSchema(schema.items, 'items'), 'x[i]');
      if (condition) out.push(`for (let i = 0; i < x.length; i++) if (!(${condition})) return false;`);
    }
    if (schema.uniqueItems === true) {
      out.push('for (let i = 1; i < x.length; i++) for (let j = 0; j < i; j++) if (equal(x[i], x[j])) return false;');
    } else if (schema.uniqueItems !== undefined && schema.uniqueItems !== false) throw new Error('unsupported uniqueItems');
    return out;
  }

  private enumCheck(values: unknown, value: string): string {
    if (!Array.isArray(values) || values.some((v) => v !== null && typeof v === 'object')) throw new Error('unsupported enum');
    return `(${values.map((v) => `${value} === ${JSON.stringify(v)}`).join(' || ')})`;
  }

  private pattern(source: unknown): string {
    if (typeof source !== 'string') throw new Error('unsupported pattern');
    let name = this.patterns.get(source);
    if (!name) {
      name = `p${this.patterns.size}`;
      this.patterns.set(source, name);
    }
    return name;
  }
}

/** ajv's type checks with `strictNumbers` off (what `strict: false` means). */
function typeCheck(type: unknown, value: string): string {
  switch (type) {
    case 'object':
      return `(${value} && typeof ${value} == "object" && !Array.isArray(${value}))`;
    case 'array':
      return `Array.isArray(${value})`;
    case 'integer':
      return `(typeof ${value} == "number" && !(${value} % 1) && !isNaN(${value}))`;
    case 'number':
    case 'string':
    case 'boolean':
      return `typeof ${value} == "${type}"`;
    case 'null':
      return `${value} === null`;
    default:
      throw new Error(`unsupported type ${JSON.stringify(type)}`);
  }
}

/** Statements that apply to one type only, run when the value has it (unless `type` already ensures it). */
function guarded(type: unknown, applies: string, test: string, statements: string[]): string[] {
  if (statements.length === 0) return [];
  if (type === applies || (applies === 'number' && type === 'integer')) return statements;
  return [`if (${test}) {`, ...statements, '}'];
}

function asSchema(value: unknown, where: string): Schema {
  if (typeof value === 'boolean' || (value !== null && typeof value === 'object' && !Array.isArray(value))) return value as Schema;
  throw new Error(`unsupported schema at ${where}`);
}

function list(value: unknown, where: string): Schema[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`unsupported ${where}`);
  return value.map((item) => asSchema(item, where));
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`unsupported ${where}`);
  return value as Record<string, unknown>;
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw new Error(`unsupported ${where}`);
  return value as string[];
}
