import type { AcceptEntry } from '../policy.js';
import type * as Yaml from 'yaml';
import type { YAMLSeq } from 'yaml';
import { lazyRequire } from '../lazy-require.js';

const yaml = lazyRequire<typeof Yaml>('yaml');

/** Appends accept entries to a config file's text, keeping its comments and layout (YAML) or rewriting it (JSON). */
export function appendAcceptances(text: string, entries: readonly AcceptEntry[], json: boolean): string {
  if (json) {
    const config = (text.trim() === '' ? {} : JSON.parse(text)) as { accept?: AcceptEntry[] };
    config.accept = [...(config.accept ?? []), ...entries];
    return JSON.stringify(config, null, 2) + '\n';
  }
  const doc = yaml().parseDocument(text);
  let seq = doc.get('accept', true);
  if (!yaml().isSeq(seq)) {
    doc.set('accept', doc.createNode([]));
    seq = doc.get('accept', true);
  }
  const list = seq as YAMLSeq;
  // An empty `accept: []` is flow style; entries read better as a block list.
  list.flow = false;
  for (const entry of entries) list.add(doc.createNode(entry));
  return doc.toString();
}
