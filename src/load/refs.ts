// Where `$ref`s stand in a document and which file each points into.
import path from 'node:path';
import type { ParsedFile } from './parse.js';
import { joinPointer } from './pointer.js';

/** The line of the first `$ref` to `ref` in a file: pointers are built only for a refusal. */
export function refLine(parsed: ParsedFile, ref: string): number | undefined {
  const site = collectRefs(parsed.value).find((r) => r.ref === ref);
  if (!site) return undefined;
  // Point at the `$ref` itself, not at the key of the object holding it.
  const at = joinPointer(site.pointer, '$ref');
  return parsed.lines([at]).get(at);
}

/** Every `$ref` string in a value, with the pointer of the object holding it. */
export function collectRefs(value: unknown): { ref: string; pointer: string }[] {
  const out: { ref: string; pointer: string }[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${pointer}/${i}`]);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === 'string') out.push({ ref: record.$ref, pointer });
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (child !== null && typeof child === 'object') stack.push([child, joinPointer(pointer, key)]);
    }
  }
  return out;
}

/** The file a `$ref` points into (absolute), undefined for a local `#...` ref. URLs come back as they are. */
export function refTarget(ref: string, fromFile: string): string | undefined {
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  if (filePart === '') return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(filePart) && !/^[a-z]:[\\/]/i.test(filePart)) {
    if (filePart.startsWith('file:')) return path.resolve(new URL(filePart).pathname);
    return filePart;
  }
  return path.resolve(path.dirname(fromFile), decodeOrKeep(filePart));
}

/** A malformed escape (`%` alone) names no other file than the one written: it then fails to resolve. */
function decodeOrKeep(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
