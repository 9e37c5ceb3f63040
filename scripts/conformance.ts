// Scores apicompat against the verdicts two established checkers (openapi-diff, oasdiff) assert in
// their own test suites: `npm run conformance [-- --json FILE] [-- --only SUBSTRING]`.
// The corpus lives next to the repository in ../shared/conformance (or $APICOMPAT_CONFORMANCE_DIR).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, InputError, RULES, type Report } from '../src/index.js';
import { loadSpec } from '../src/load/load-spec.js';
import { findConfinementRoot } from '../src/load/root.js';
import { fileSystemSource } from '../src/load/source.js';

/** Fixed so that sunset verdicts do not drift; oasdiff's fixtures use 2022 (past) and 9999 (future). */
const TODAY = '2026-06-15';
const SCORED = ['breaking', 'compatible', 'unchanged'] as const;
/** Tags of cases whose verdict follows oasdiff's vendor-extension policies, not the wire contract. */
const VENDOR_POLICY_TAGS = ['x-sunset', 'x-stability-level', 'x-extensible-enum'];
/**
 * Versioning policy is not wire compatibility: the corpus never asserts on info.version (oasdiff's
 * version rules are INFO), and its fixtures bump versions freely, so the policy rule is off here.
 */
const POLICY_RULES_OFF = ['version-bump-too-small'].filter((id) => RULES.some((r) => r.id === id));

type Expect = 'breaking' | 'warning' | 'compatible' | 'unchanged';
type Verdict = 'breaking' | 'compatible' | 'unchanged' | 'input-error' | 'internal-error';

interface Case {
  id: string;
  source: string;
  base: string;
  revision: string;
  expect: Expect;
  rules: string[];
  note: string;
  tags: string[];
}

interface Outcome {
  id: string;
  source: string;
  expect: Expect;
  ours: Verdict;
  ruleIds: string[];
  error?: string;
  /** What swagger-parser's validation (on by default in the CLI) says against base or revision. */
  invalid?: string;
  note: string;
  tags: string[];
  /** Breaking-vs-not matches the expectation (for `warning` cases: undefined, scored apart). */
  agrees?: boolean;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.APICOMPAT_CONFORMANCE_DIR
  ? path.resolve(process.env.APICOMPAT_CONFORMANCE_DIR)
  : path.resolve(root, '../shared/conformance');
const casesFile = path.join(corpus, 'cases.json');
if (!existsSync(casesFile)) {
  console.error(`conformance: no corpus at ${casesFile} (set APICOMPAT_CONFORMANCE_DIR to the folder holding cases.json)`);
  process.exit(2);
}

// `npm run conformance | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const jsonOut = flagValue('--json');
const validate = !args.includes('--no-validate');
const refusals = new Map<string, Promise<string | undefined>>();
const only = flagValue('--only');
const cases = (JSON.parse(readFileSync(casesFile, 'utf8')) as Case[]).filter((c) => !only || c.id.includes(only));

const started = performance.now();
const outcomes: Outcome[] = [];
for (const c of cases) outcomes.push(await runCase(c));
const seconds = (performance.now() - started) / 1000;

printReport(outcomes, seconds);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ today: TODAY, summary: summarize(outcomes), outcomes }, null, 2)}\n`);

async function runCase(c: Case): Promise<Outcome> {
  const base = { id: c.id, source: c.source, expect: c.expect, note: c.note, tags: c.tags };
  let report: Report;
  try {
    // The diff is scored on every pair the peers accept; the validator's refusals are reported apart.
    const rules = Object.fromEntries(POLICY_RULES_OFF.map((id) => [id, 'off' as const]));
    report = await compare(c.base, c.revision, { cwd: corpus, today: TODAY, validate: false, rules });
  } catch (error) {
    if (!(error instanceof InputError)) {
      // A crash is always a disagreement: report it with the rest instead of stopping the run.
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { ...base, ours: 'internal-error', ruleIds: [], error: message, agrees: c.expect === 'warning' ? undefined : false };
    }
    const agrees = c.expect === 'warning' ? undefined : aboutInvalidInput(c);
    return { ...base, ours: 'input-error', ruleIds: [], error: error.describe((f) => path.relative(corpus, f)), agrees };
  }
  const ours: Verdict = report.summary.breaking > 0 ? 'breaking' : report.changes.length > 0 ? 'compatible' : 'unchanged';
  const ruleIds = [...new Set(report.changes.map((f) => `${f.ruleId}${f.class === 'breaking' ? '!' : ''}`))];
  const agrees = c.expect === 'warning' ? undefined : (ours === 'breaking') === (c.expect === 'breaking');
  const invalid = validate ? ((await validatorRefusal(c.base)) ?? (await validatorRefusal(c.revision))) : undefined;
  return { ...base, ours, ruleIds, agrees, ...(invalid ? { invalid } : {}) };
}

/** The validator's complaint about one corpus file, computed once per file. */
function validatorRefusal(file: string): Promise<string | undefined> {
  let refusal = refusals.get(file);
  if (!refusal) {
    const absolute = path.resolve(corpus, file);
    refusal = findConfinementRoot(absolute)
      .then((r) => loadSpec(absolute, fileSystemSource(r)))
      .then(
        () => undefined,
        (error: unknown) => (error instanceof InputError ? error.describe((f) => path.relative(corpus, f)) : `internal error: ${String(error)}`),
      );
    refusals.set(file, refusal);
  }
  return refusal;
}

function aboutInvalidInput(c: Case): boolean {
  return c.tags.includes('invalid-input') || /\binvalid (document|spec|input)\b/i.test(c.note);
}

function summarize(all: Outcome[]) {
  const scored = all.filter((o) => (SCORED as readonly string[]).includes(o.expect));
  const score = (list: Outcome[]) => {
    const agree = list.filter((o) => o.agrees).length;
    return { cases: list.length, agree, percent: list.length ? round((100 * agree) / list.length) : 100 };
  };
  const bySource: Record<string, ReturnType<typeof score>> = {};
  for (const source of [...new Set(scored.map((o) => o.source))].sort()) {
    bySource[source] = score(scored.filter((o) => o.source === source));
  }
  const byExpect: Record<string, ReturnType<typeof score>> = {};
  for (const expect of SCORED) byExpect[expect] = score(scored.filter((o) => o.expect === expect));
  const warnings = all.filter((o) => o.expect === 'warning');
  const wire = scored.filter((o) => !o.tags.some((t) => VENDOR_POLICY_TAGS.includes(t)));
  const strictAgree = scored.filter((o) => o.agrees && !o.invalid).length;
  return {
    ...score(scored),
    /** Agreement when a validator refusal (the CLI's default) counts as a disagreement. */
    withValidation: { cases: scored.length, agree: strictAgree, percent: round((100 * strictAgree) / (scored.length || 1)) },
    validatorRefusals: all.filter((o) => o.invalid).length,
    exactVerdict: scored.filter((o) => o.ours === o.expect).length,
    /** Without the cases that depend on vendor-extension policy (x-sunset, x-stability-level, ...). */
    wireContract: score(wire),
    /** Also without the cases the corpus tags `debatable` (the two peers or plain semantics disagree). */
    undisputed: score(wire.filter((o) => !o.tags.includes('debatable'))),
    bySource,
    byExpect,
    warning: {
      cases: warnings.length,
      breaking: warnings.filter((o) => o.ours === 'breaking').length,
      notBreaking: warnings.filter((o) => o.ours === 'compatible' || o.ours === 'unchanged').length,
      inputErrors: warnings.filter((o) => o.ours === 'input-error').length,
    },
    inputErrors: all.filter((o) => o.ours === 'input-error').length,
    internalErrors: all.filter((o) => o.ours === 'internal-error').length,
  };
}

function printReport(all: Outcome[], elapsed: number): void {
  const s = summarize(all);
  const line = (label: string, x: { cases: number; agree: number; percent: number }) =>
    console.log(`  ${label.padEnd(18)} ${String(x.agree).padStart(4)} / ${String(x.cases).padEnd(4)} ${x.percent}%`);
  console.log(`apicompat conformance: ${all.length} cases from ${corpus} (today = ${TODAY}, ${elapsed.toFixed(1)} s)`);
  if (POLICY_RULES_OFF.length) console.log(`versioning policy off: ${POLICY_RULES_OFF.join(', ')}`);
  console.log('\nBreaking-vs-not agreement on breaking / compatible / unchanged cases:');
  line('all', s);
  for (const [source, x] of Object.entries(s.bySource)) line(source, x);
  for (const [expect, x] of Object.entries(s.byExpect)) line(`expect ${expect}`, x);
  line('wire contract', s.wireContract);
  line('undisputed', s.undisputed);
  console.log('  (wire contract: without x-sunset / x-stability-level / x-extensible-enum cases; undisputed: also without `debatable`)');
  console.log(`  exact verdict (breaking / compatible / unchanged): ${s.exactVerdict} / ${s.cases}`);
  if (validate) line('with validation', s.withValidation);
  console.log(`\nWarning cases (oasdiff "potentially breaking"), scored apart: ${s.warning.cases}`);
  console.log(`  we say breaking: ${s.warning.breaking}, not breaking: ${s.warning.notBreaking}, input error: ${s.warning.inputErrors}`);
  for (const o of all.filter((x) => x.expect === 'warning')) printOutcome(o);

  const errors = all.filter((o) => o.ours === 'input-error' || o.ours === 'internal-error');
  console.log(`\nInput and internal errors: ${errors.length}`);
  for (const o of errors) console.log(`  ${o.id}: ${o.ours}: ${o.error}`);

  if (validate) {
    const invalid = all.filter((o) => o.invalid);
    console.log(`\nPairs the CLI refuses by default (schema-invalid; scored above with validation off): ${invalid.length}`);
    for (const o of invalid) console.log(`  ${o.id}: ${o.invalid}`);
  }

  const disagreements = all.filter((o) => o.agrees === false);
  console.log(`\nDisagreements: ${disagreements.length} (rule ids marked ! are breaking findings)`);
  for (const o of disagreements) printOutcome(o);
}

function printOutcome(o: Outcome): void {
  console.log(`  ${o.id}`);
  console.log(`    expected ${o.expect}, ours ${o.ours}${o.ruleIds.length ? ` [${o.ruleIds.join(', ')}]` : ''}`);
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
