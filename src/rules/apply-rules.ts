import type { Change } from '../diff/change.js';
import type { Rule, RuleContext } from './rule.js';

export interface Judgement {
  rule: Rule;
  change: Change;
}

/** Rules by the `subject:kind` they judge. */
export type RuleIndex = Map<string, Rule[]>;

export function indexRules(rules: readonly Rule[]): RuleIndex {
  const index: RuleIndex = new Map();
  for (const rule of rules) {
    for (const { subject, kind } of [rule, ...(rule.alsoJudges ?? [])]) {
      const key = `${subject}:${kind}`;
      const list = index.get(key);
      if (list) list.push(rule);
      else index.set(key, [rule]);
    }
  }
  return index;
}

/**
 * Pairs each change with the rules that judge it. A change no rule judges is not a finding:
 * test/every-change-judged.test.ts holds each such change to a written reason (rules/silent-changes.ts).
 */
export function applyRules(changes: Change[], rules: readonly Rule[], ctx: RuleContext): Judgement[] {
  const index = indexRules(rules);
  const out: Judgement[] = [];
  for (const change of changes) {
    if (outsideDirection(change)) continue;
    for (const rule of rulesFor(change, index, ctx)) out.push({ rule, change });
  }
  return out;
}

/** The rules of the index that judge a change (its direction aside). */
export function rulesFor(change: Change, index: RuleIndex, ctx: RuleContext): Rule[] {
  return (index.get(`${change.subject}:${change.kind}`) ?? []).filter((rule) => !rule.when || rule.when(change, ctx));
}

/** A `readOnly` element is never part of a request, a `writeOnly` one never part of a response. */
export function outsideDirection(change: Change): boolean {
  if (change.direction === 'request' && change.context.readOnly) return !change.kind.includes('read-only');
  if (change.direction === 'response' && change.context.writeOnly) return !change.kind.includes('write-only');
  return false;
}
