// `check --spec PATH` and the configuration's `specs:`: which documents are services, and their names.
import path from 'node:path';
import { InputError } from '../load/input-error.js';
import { ENTRY_NAMES } from './services.js';

/** A path or glob relative to the repository root (POSIX), with the service name it was given, if any. */
export interface SpecPattern {
  pattern: string;
  name?: string;
  /** Where the pattern was written, for messages: `--spec docs/*.yaml`, `specs[0] in apicompat.config.yaml`. */
  origin: string;
}

/** One document checked as a service: its path relative to the repository root. */
export interface SpecEntry {
  name: string;
  path: string;
}

/**
 * The documents the patterns name among `files` (the paths of both sides, relative to the
 * repository root). A plain path is taken as it is, present or not on a side; a glob expands to
 * the files it matches. Each document is a service named after its folder, or after the file's
 * stem when the file is not an `openapi.*` entry name (`specs/billing.yaml` is `billing`).
 */
export function selectSpecs(patterns: readonly SpecPattern[], files: ReadonlySet<string>): SpecEntry[] {
  const byPath = new Map<string, SpecEntry & { origin: string }>();
  for (const { pattern, name, origin } of patterns) {
    const matches = isGlob(pattern) ? [...files].filter((file) => globToRegExp(pattern).test(file)).sort() : [pattern];
    if (matches.length === 0) throw new InputError(`${origin} matches no file in the base or the revision`);
    if (!isGlob(pattern) && !files.has(pattern)) throw new InputError(`${origin}: no such file in the base or the revision`);
    if (name !== undefined && matches.length > 1) throw new InputError(`${origin} matches ${matches.length} files but gives one name, "${name}": list them one by one`);
    for (const file of matches) if (!byPath.has(file)) byPath.set(file, { name: name ?? serviceName(file), path: file, origin });
  }
  const byName = new Map<string, SpecEntry & { origin: string }>();
  for (const entry of byPath.values()) {
    const other = byName.get(entry.name);
    if (other) {
      throw new InputError(`${other.path} and ${entry.path} would both be service "${entry.name}": give them names in the configuration (specs: [{path: ${entry.path}, name: ...}])`);
    }
    byName.set(entry.name, entry);
  }
  return [...byName.values()].map(({ name, path: file }) => ({ name, path: file })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `docs/openapi.yaml` -> `docs`; `specs/billing.yaml` -> `billing`; `openapi.yaml` at the root -> `openapi`. */
export function serviceName(file: string): string {
  const folder = path.posix.dirname(file);
  const base = path.posix.basename(file);
  if (ENTRY_NAMES.includes(base) && folder !== '.') return path.posix.basename(folder);
  return base.replace(/\.(ya?ml|json)$/i, '');
}

export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** `*` within a folder, `**` across folders, `?`, `[abc]` and `{a,b}`; anchored at both ends. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
