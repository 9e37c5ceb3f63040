import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * A CommonJS dependency loaded on its first use. The YAML parsers and ajv cost about 0.1 s of
 * start-up together, and a JSON-only run without a configuration file needs none of them.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireHere(id) as T);
}
