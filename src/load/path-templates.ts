import { InputError } from './input-error.js';
import type { ParsedFile } from './parse.js';
import { joinPointer } from './pointer.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Refuses one method under two paths that differ only in parameter names (`/pets/{id}` and
 * `/pets/{petId}`): OpenAPI calls such paths identical, and one operation would hide the other.
 */
export function checkPathTemplates(entry: ParsedFile): void {
  const paths = (entry.value as { paths?: unknown }).paths;
  if (paths === null || typeof paths !== 'object' || Array.isArray(paths)) return;
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(paths as Record<string, unknown>)) {
    if (item === null || typeof item !== 'object') continue;
    const template = path.replace(/\{[^}]*\}/g, '{}');
    for (const method of METHODS) {
      if (!(method in item)) continue;
      const key = `${method} ${template}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, path);
        continue;
      }
      const pointer = joinPointer(joinPointer('/paths', path), method);
      const line = entry.lines([pointer]).get(pointer);
      throw new InputError(
        `${method.toUpperCase()} ${path} and ${method.toUpperCase()} ${first} are the same operation (the paths differ only in parameter names)`,
        entry.file,
        line,
      );
    }
  }
}
