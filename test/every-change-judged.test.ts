import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, type Change } from '../src/diff/change.js';
import { judgeLoaded } from '../src/engine.js';
import { loadSpec } from '../src/load/load-spec.js';
import { fileSystemSource } from '../src/load/source.js';
import { indexRules, rulesFor } from '../src/rules/apply-rules.js';
import { DEPRECATION_EVENTS } from '../src/rules/deprecation-policy.js';
import { RULES } from '../src/rules/registry.js';
import type { Rule, RuleContext } from '../src/rules/rule.js';
import { NOT_FINDINGS, NOT_YET_JUDGED, type SilentChange } from '../src/rules/silent-changes.js';
import { FIXTURE_TODAY, fixturePairs, type FixturePair } from './support/fixtures.js';

// Nothing the diff finds may vanish: each change is judged by exactly one rule, or an entry of
// rules/silent-changes.ts says why no rule judges it.

/** Policy rules judge every deprecation against the configured policy, on top of the element's own rule. */
const judgesEveryDeprecation = (rule: Rule) =>
  DEPRECATION_EVENTS.every((e) => [rule, ...(rule.alsoJudges ?? [])].some((j) => j.subject === e.subject && j.kind === e.kind));
const isDeprecation = (change: Change) => DEPRECATION_EVENTS.some((e) => e.subject === change.subject && e.kind === change.kind);

const covers = (entry: SilentChange, change: Change, ctx: RuleContext) =>
  (!entry.events || entry.events.some((e) => e.subject === change.subject && e.kind === change.kind)) && entry.when(change, ctx);

async function changesOf(pair: FixturePair): Promise<{ changes: Change[]; ctx: RuleContext }> {
  const load = (file: string) => loadSpec(file, fileSystemSource(path.dirname(file), { entry: file }), { validate: false });
  const [base, revision] = await Promise.all([load(pair.base), load(pair.revision)]);
  const ctx = { today: FIXTURE_TODAY, deprecation: pair.config.deprecation };
  return { changes: judgeLoaded(base, revision, ctx).changes, ctx };
}

describe('every change the diff emits', () => {
  const index = indexRules(RULES);

  it('is judged by exactly one rule, or is silent for a written reason, in every fixture', async () => {
    const problems: string[] = [];
    const seen = new Set<SilentChange>();
    for (const pair of fixturePairs()) {
      const { changes, ctx } = await changesOf(pair);
      for (const change of changes) {
        const silent = NOT_FINDINGS.find((entry) => covers(entry, change, ctx));
        if (silent) {
          seen.add(silent);
          continue;
        }
        const rules = rulesFor(change, index, ctx).filter((rule) => !(isDeprecation(change) && judgesEveryDeprecation(rule)));
        if (rules.length === 1) continue;
        const later = rules.length === 0 ? NOT_YET_JUDGED.find((entry) => covers(entry, change, ctx)) : undefined;
        if (later) seen.add(later);
        else problems.push(`${pair.name}: ${change.subject}:${change.kind} judged by ${rules.length === 0 ? 'no rule' : rules.map((r) => r.id).join(' and ')}`);
      }
    }
    expect(problems).toEqual([]);
    // And no entry is stale: each silences something a fixture shows.
    expect([...NOT_FINDINGS, ...NOT_YET_JUDGED].filter((entry) => !seen.has(entry)).map((entry) => entry.why)).toEqual([]);
  });

  it('comes from the vocabulary, each kind judged by a rule or listed as silent', () => {
    const judged = new Set(RULES.flatMap((rule) => [rule, ...(rule.alsoJudges ?? [])].map((j) => j.kind)));
    const listed = new Set([...NOT_FINDINGS, ...NOT_YET_JUDGED].flatMap((entry) => (entry.events ?? []).map((e) => e.kind)));
    expect(CHANGE_KINDS.filter((kind) => !judged.has(kind) && !listed.has(kind))).toEqual([]);
  });
});
