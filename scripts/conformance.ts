// Scores apicompat against the verdicts peer checkers assert in their own test suites, over two
// corpora kept beside the repository: `../shared/conformance` (openapi-diff, oasdiff) and
// `../shared/corpus2` (swagger-brake, criteo openapi-comparator, Optic).
// `npm run conformance [-- --json FILE] [-- --only SUBSTRING]`. See docs/conformance.md.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compare, InputError, RULES, type Report } from '../src/index.js';
import { findCorpus, readCorpus, type CorpusCase, type Corpus } from './conformance/corpora.js';

/** Fixed so that sunset verdicts do not drift; oasdiff's fixtures use 2022 (past) and 9999 (future). */
const TODAY = '2026-06-15';
/**
 * Versioning policy is not wire compatibility: the corpora never assert on info.version (oasdiff's
 * version rules are INFO), and their fixtures bump versions freely, so the policy rule is off here.
 */
const POLICY_RULES_OFF = ['version-bump-too-small'].filter((id) => RULES.some((r) => r.id === id));

type Verdict = 'breaking' | 'compatible' | 'unchanged' | 'input-error' | 'internal-error';

interface Outcome {
  corpus: string;
  id: string;
  source: string;
  /** The peer's verdict as the corpus states it. */
  expect: string;
  /** Breaking or not for the peer; undefined when the peer does not decide (oasdiff's `warning`). */
  peer?: boolean;
  /** Breaking or not with the platform's semantics; undefined when left out (debatable). */
  platform?: boolean;
  ours: Verdict;
  ruleIds: string[];
  error?: string;
  /** The validator's complaint about a side: compared anyway, refused by `--strict`. */
  warning?: string;
  note: string;
  tags: string[];
}

// `npm run conformance | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const jsonOut = flagValue('--json');
const only = flagValue('--only');

const corpora: Corpus[] = [];
for (const name of ['conformance', 'corpus2'] as const) {
  const found = findCorpus(name);
  if ('missing' in found) {
    console.error(`conformance: ${found.missing}`);
    process.exit(2);
  }
  corpora.push(readCorpus(name, found.dir));
}

const started = performance.now();
const outcomes: Outcome[] = [];
for (const corpus of corpora) {
  for (const c of corpus.cases) if (!only || c.id.includes(only)) outcomes.push(await runCase(corpus, c));
}
const seconds = (performance.now() - started) / 1000;

console.log(`apicompat conformance (today = ${TODAY}, ${seconds.toFixed(1)} s)`);
if (POLICY_RULES_OFF.length) console.log(`versioning policy off: ${POLICY_RULES_OFF.join(', ')}`);
for (const corpus of corpora) printCorpus(corpus, outcomes.filter((o) => o.corpus === corpus.name));
if (jsonOut) {
  const summary = Object.fromEntries(corpora.map((c) => [c.name, summarize(outcomes.filter((o) => o.corpus === c.name))]));
  writeFileSync(jsonOut, `${JSON.stringify({ today: TODAY, summary, outcomes }, null, 2)}\n`);
}

async function runCase(corpus: Corpus, c: CorpusCase): Promise<Outcome> {
  const base = { corpus: corpus.name, id: c.id, source: c.source, expect: c.expect, peer: c.peer, platform: c.platform, note: c.note, tags: c.tags };
  const warnings: string[] = [];
  let report: Report;
  try {
    // The CLI's default: a readable document the validator rejects is compared, with a warning.
    const rules = Object.fromEntries(POLICY_RULES_OFF.map((id) => [id, 'off' as const]));
    report = await compare(c.base, c.revision, {
      cwd: corpus.dir,
      today: TODAY,
      rules,
      onWarning: (w) => warnings.push(`${path.relative(corpus.dir, w.file)}${w.line ? `:${w.line}` : ''}: ${w.complaint}`),
    });
  } catch (error) {
    // A refusal or a crash is a disagreement whatever the verdict: report it with the rest.
    if (!(error instanceof InputError)) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { ...base, ours: 'internal-error', ruleIds: [], error: message };
    }
    return { ...base, ours: 'input-error', ruleIds: [], error: error.describe((f) => path.relative(corpus.dir, f)) };
  }
  const ours: Verdict = report.summary.breaking > 0 ? 'breaking' : report.changes.length > 0 ? 'compatible' : 'unchanged';
  const ruleIds = [...new Set(report.changes.map((f) => `${f.ruleId}${f.class === 'breaking' ? '!' : ''}`))];
  return { ...base, ours, ruleIds, ...(warnings.length ? { warning: warnings[0] } : {}) };
}

/** Agreement on breaking-vs-not; a refusal or crash never agrees. */
function agrees(o: Outcome, label: boolean | undefined): boolean {
  return (o.ours === 'breaking' || o.ours === 'compatible' || o.ours === 'unchanged') && (o.ours === 'breaking') === label;
}

interface Score {
  cases: number;
  agree: number;
  percent: number;
}

function score(list: Outcome[], label: (o: Outcome) => boolean | undefined): Score {
  const scored = list.filter((o) => label(o) !== undefined);
  const agree = scored.filter((o) => agrees(o, label(o))).length;
  return { cases: scored.length, agree, percent: scored.length ? round((100 * agree) / scored.length) : 100 };
}

function summarize(all: Outcome[]) {
  const bySource: Record<string, { peers: Score; platform: Score }> = {};
  for (const source of [...new Set(all.map((o) => o.source))].sort()) {
    const list = all.filter((o) => o.source === source);
    bySource[source] = { peers: score(list, (o) => o.peer), platform: score(list, (o) => o.platform) };
  }
  const byExpect: Record<string, Score> = {};
  for (const expect of [...new Set(all.map((o) => o.expect))].sort()) byExpect[expect] = score(all.filter((o) => o.expect === expect), (o) => o.peer);
  const debatable = all.filter((o) => o.tags.includes('debatable'));
  return {
    /** Against the peers' own verdicts, every case they decide. */
    peers: score(all, (o) => o.peer),
    /** With the platform: its re-labels where given, the peer's verdict elsewhere; debatable cases left out. */
    platform: score(all, (o) => o.platform),
    /** The platform figure if `--strict` were on: a pair with a side the validator rejects is refused. */
    platformStrict: score(all, (o) => (o.platform === undefined || !o.warning ? o.platform : !o.platform)),
    /** Cases the corpus tags `debatable`, against the peer's verdict. */
    debatableVsPeer: score(debatable, (o) => o.peer),
    exactVerdict: all.filter((o) => o.ours === o.expect).length,
    warned: all.filter((o) => o.warning).length,
    refused: all.filter((o) => o.ours === 'input-error').length,
    crashed: all.filter((o) => o.ours === 'internal-error').length,
    bySource,
    byExpect,
  };
}

function printCorpus(corpus: Corpus, all: Outcome[]): void {
  const s = summarize(all);
  const line = (label: string, x: Score) => console.log(`  ${label.padEnd(34)} ${String(x.agree).padStart(4)} / ${String(x.cases).padEnd(4)} ${x.percent}%`);
  console.log(`\n== ${corpus.name}: ${all.length} cases from ${corpus.dir}`);
  console.log('Breaking-vs-not agreement (a refusal counts as a disagreement):');
  line('with the platform', s.platform);
  line('with the peers', s.peers);
  for (const [source, x] of Object.entries(s.bySource)) {
    line(`  ${source}, platform`, x.platform);
    line(`  ${source}, peers`, x.peers);
  }
  for (const [expect, x] of Object.entries(s.byExpect)) line(`  peer says ${expect}`, x);
  line('debatable cases, with the peers', s.debatableVsPeer);
  line('with the platform under --strict', s.platformStrict);
  console.log(`  exact verdict: ${s.exactVerdict} / ${all.length}; compared with a validator warning: ${s.warned}; refused: ${s.refused}; crashed: ${s.crashed}`);

  const undecided = all.filter((o) => o.peer === undefined);
  if (undecided.length) {
    console.log(`\nCases the peer does not decide (oasdiff "warning"), with the platform where it does: ${undecided.length}`);
    for (const o of undecided) printOutcome(o);
  }
  const refused = all.filter((o) => o.ours === 'input-error' || o.ours === 'internal-error');
  console.log(`\nRefused or crashed: ${refused.length}`);
  for (const o of refused) console.log(`  ${o.id}: ${o.ours}: ${o.error}`);
  const warned = all.filter((o) => o.warning);
  console.log(`\nCompared with a validator warning (refused under --strict): ${warned.length}`);
  for (const o of warned) console.log(`  ${o.id}: ${o.warning}`);
  const disagreements = all.filter((o) => o.platform !== undefined && !agrees(o, o.platform));
  console.log(`\nDisagreements with the platform: ${disagreements.length} (rule ids marked ! are breaking findings)`);
  for (const o of disagreements) printOutcome(o);
}

function printOutcome(o: Outcome): void {
  const platform = o.platform === undefined ? 'left out' : o.platform ? 'breaking' : 'not breaking';
  console.log(`  ${o.id}`);
  console.log(`    peer ${o.expect}, platform ${platform}, ours ${o.ours}${o.ruleIds.length ? ` [${o.ruleIds.join(', ')}]` : ''}`);
  if (o.error) console.log(`    error: ${o.error}`);
  console.log(`    note: ${o.note}`);
  if (o.tags.length) console.log(`    tags: ${o.tags.join(', ')}`);
}

function flagValue(name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) {
    console.error(`conformance: ${name} needs a value`);
    process.exit(2);
  }
  return value;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
