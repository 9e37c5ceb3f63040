// The two peer corpora and how each states its verdicts, read into one shape for scoring.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type CorpusName = 'conformance' | 'corpus2';

export interface CorpusCase {
  id: string;
  source: string;
  base: string;
  revision: string;
  /** The peer's verdict as written: `breaking`, `warning`, `compatible`, `unchanged` or `not-breaking`. */
  expect: string;
  /** Breaking or not for the peer; undefined where it does not decide (oasdiff's `warning`). */
  peer?: boolean;
  /** Breaking or not with the platform's semantics; undefined where left out (debatable). */
  platform?: boolean;
  note: string;
  tags: string[];
}

export interface Corpus {
  name: CorpusName;
  dir: string;
  cases: CorpusCase[];
}

const ENV: Record<CorpusName, string> = { conformance: 'APICOMPAT_CONFORMANCE_DIR', corpus2: 'APICOMPAT_CORPUS2_DIR' };
const REPOSITORY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The corpus folder: its environment variable, else `shared/<name>` beside the repository (a clone
 * with `../shared` next to it, as in CI) or beside one of its parent folders (a worktree kept in a
 * folder of its own).
 */
export function findCorpus(name: CorpusName): { dir: string } | { missing: string } {
  const fromEnv = process.env[ENV[name]];
  if (fromEnv) {
    const dir = path.resolve(fromEnv);
    return existsSync(path.join(dir, 'cases.json')) ? { dir } : { missing: `no cases.json in ${dir} (${ENV[name]})` };
  }
  for (let folder = REPOSITORY; ; ) {
    const dir = path.join(path.dirname(folder), 'shared', name);
    if (existsSync(path.join(dir, 'cases.json'))) return { dir };
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return { missing: `no ../shared/${name}/cases.json beside ${REPOSITORY} or its parents (set ${ENV[name]} to the folder holding cases.json)` };
}

interface RawCase {
  id: string;
  source: string;
  base: string;
  revision: string;
  expect: string;
  note: string;
  tags: string[];
}

interface PlatformVerdict {
  platform: 'breaking' | 'not-breaking' | 'debatable';
}

export function readCorpus(name: CorpusName, dir: string): Corpus {
  const raw = JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as RawCase[];
  return { name, dir, cases: name === 'conformance' ? conformanceCases(dir, raw) : corpus2Cases(raw) };
}

/**
 * openapi-diff and oasdiff: `breaking` against `compatible` / `unchanged`; oasdiff's `warning`
 * ("potentially breaking") decides nothing. `platform-verdicts.json` re-labels the cases where the
 * platform's semantics decide differently, and marks the ones left out as `debatable`.
 */
function conformanceCases(dir: string, raw: RawCase[]): CorpusCase[] {
  const file = path.join(dir, 'platform-verdicts.json');
  const relabels = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, PlatformVerdict>) : {};
  return raw.map((c) => {
    const peer = c.expect === 'warning' ? undefined : c.expect === 'breaking';
    const relabel = relabels[c.id]?.platform;
    const platform = relabel === undefined ? peer : relabel === 'debatable' ? undefined : relabel === 'breaking';
    return { ...pick(c), peer, platform };
  });
}

/**
 * swagger-brake, criteo, Optic: `breaking` or `not-breaking`. A case tagged `debatable` states why
 * the source's verdict conflicts with the platform's semantics: it is left out of the platform
 * figure (the corpus's headline) and scored apart against the source.
 */
function corpus2Cases(raw: RawCase[]): CorpusCase[] {
  return raw.map((c) => {
    const peer = c.expect === 'breaking';
    return { ...pick(c), peer, platform: c.tags.includes('debatable') ? undefined : peer };
  });
}

function pick(c: RawCase): Omit<CorpusCase, 'peer' | 'platform'> {
  return { id: c.id, source: c.source, base: c.base, revision: c.revision, expect: c.expect, note: c.note, tags: c.tags };
}
