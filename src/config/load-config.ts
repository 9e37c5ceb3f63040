import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type * as Yaml from 'yaml';
import type { Document, LineCounter } from 'yaml';
import { InputError } from '../load/input-error.js';
import { lazyRequire } from '../lazy-require.js';
import { packageFile } from '../package-root.js';
import { RULES } from '../rules/registry.js';
import { didYouMean, suggestion } from './suggest.js';
import type { ApicompatConfig, Policy } from './types.js';

const yaml = lazyRequire<typeof Yaml>('yaml');
const ajvModule = lazyRequire<{ Ajv: new (options: object) => Ajv }>('ajv');
const addFormats = lazyRequire<(ajv: Ajv) => void>('ajv-formats');

/** Looked for in this order in each folder. */
export const CONFIG_NAMES = ['apicompat.config.yaml', 'apicompat.config.yml', 'apicompat.config.json'] as const;

/** The schema ships in the package (`schema/`), next to `dist/` and `src/`. */
export const CONFIG_SCHEMA_URL = packageFile('schema/apicompat.config.schema.json');

/** A bad configuration file: `file:line: message`, exit 2. */
export class ConfigError extends InputError {
  constructor(message: string, file?: string, line?: number) {
    super(message, file, line);
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  file: string;
  config: ApicompatConfig;
}

type Path = (string | number)[];

interface Problem {
  path: Path;
  /** Point at the key itself rather than its value. */
  atKey: boolean;
  message: string;
}

/** Walks up from `from` to the repository root (the folder with `.git`) and returns the first config file. */
export function findConfigFile(from: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
    const parent = path.dirname(dir);
    if (existsSync(path.join(dir, '.git')) || parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError('cannot read the configuration file', file);
  }
  return { file, config: parseConfig(text, file) };
}

/** Parses and validates a config (YAML or JSON); errors name the file, the line and the key. */
export function parseConfig(text: string, file: string): ApicompatConfig {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const syntax = doc.errors[0];
  if (syntax) throw new ConfigError(syntax.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), file, syntax.linePos?.[0].line);
  const value: unknown = doc.toJS() ?? {};
  const problem = schemaProblem(value) ?? ruleIdProblem(value as ApicompatConfig);
  if (problem) throw new ConfigError(problem.message, file, lineOf(doc, lineCounter, problem.path, problem.atKey));
  return value as ApicompatConfig;
}

let validator: ValidateFunction | undefined;

function validate(value: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new (ajvModule().Ajv)({ verbose: true, allErrors: false });
    addFormats()(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(CONFIG_SCHEMA_URL, 'utf8')) as object);
  }
  return validator(value) ? [] : (validator.errors ?? []);
}

function schemaProblem(value: unknown): Problem | undefined {
  const error = validate(value)[0];
  if (!error) return undefined;
  const at = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = describePath(at);
  const params = error.params as Record<string, unknown>;
  // Either form of a `specs` item fails its own way; one message names both.
  if (at[0] === 'specs' && at.length >= 2) return { path: at.slice(0, 2), atKey: false, message: `${describePath(at.slice(0, 2))} must be a path or glob, or {path, name}` };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {}).filter((k) => k !== '$schema');
      const inside = at.length > 0 ? ` in ${where}` : '';
      return { path: [...at, key], atKey: true, message: `unknown key "${key}"${inside}${suggestion(key, known)}` };
    }
    case 'required':
      return { path: at, atKey: false, message: `${where} misses the required key "${String(params.missingProperty)}"` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return { path: at, atKey: false, message: `${where} must be one of ${allowed.join(', ')}${typoOf(error.data, allowed)}` };
    }
    case 'format':
      return { path: at, atKey: false, message: `${where} must be a date as YYYY-MM-DD (got "${String(error.data)}")` };
    case 'pattern':
      return { path: at, atKey: false, message: `${where} ${at.at(-1) === 'operation' ? 'must be a method and a path, e.g. "DELETE /items/{id}"' : 'must be a JSON pointer starting with "/"'}` };
    case 'minLength':
      return { path: at, atKey: false, message: `${where} must not be empty` };
    default:
      return { path: at, atKey: false, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/** A "did you mean" only for a plausible typo: the allowed values are listed already. */
function typoOf(value: unknown, allowed: string[]): string {
  const hint = suggestion(String(value), allowed);
  return hint.startsWith(' (did') ? hint : '';
}

/** Rule ids are checked here rather than in the schema, so the schema stays valid as rules are added. */
function ruleIdProblem(config: ApicompatConfig): Problem | undefined {
  const ids = RULES.map((r) => r.id);
  const known = new Set(ids);
  const scopes: [Path, Policy][] = [[[], config], ...Object.entries(config.services ?? {}).map(([name, p]): [Path, Policy] => [['services', name], p])];
  for (const [at, policy] of scopes) {
    for (const id of Object.keys(policy.rules ?? {})) {
      if (!known.has(id)) return { path: [...at, 'rules', id], atKey: true, message: `unknown rule id "${id}" in ${describePath([...at, 'rules'])}${didYouMean(id, ids)}` };
    }
    for (const [i, entry] of (policy.accept ?? []).entries()) {
      const where = [...at, 'accept', i, 'rule'];
      if (!known.has(entry.rule)) return { path: where, atKey: false, message: `unknown rule id "${entry.rule}" in ${describePath(where)}${didYouMean(entry.rule, ids)}` };
    }
  }
  return undefined;
}

/** `services.orders.accept[0].expires`; the root is "the configuration". */
function describePath(at: Path): string {
  if (at.length === 0) return 'the configuration';
  return at.map((s, i) => (/^\d+$/.test(String(s)) ? `[${s}]` : i === 0 ? String(s) : `.${s}`)).join('');
}

function lineOf(doc: Document, lineCounter: LineCounter, at: Path, atKey: boolean): number | undefined {
  const { isMap, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const [i, segment] of at.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const keyOffset = rangeStart(pair.key);
      node = pair.value;
      offset = atKey && i === at.length - 1 ? keyOffset : (rangeStart(node) ?? keyOffset);
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

function rangeStart(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}
