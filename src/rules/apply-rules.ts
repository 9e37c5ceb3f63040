import type { Change } from '../diff/change.js';
import type { Rule, RuleContext } from './rule.js';

export interface Judgement {
  rule: Rule;
  change: Change;
}

/** Pairs each change with the rule that judges it; changes no rule is about are not findings. */
export function applyRules(changes: Change[], rules: readonly Rule[], ctx: RuleContext): Judgement[] {
  const index = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const { subject, kind } of [rule, ...(rule.alsoJudges ?? [])]) {
      const key = `${subject}:${kind}`;
      const list = index.get(key);
      if (list) list.push(rule);
      else index.set(key, [rule]);
    }
  }
  const out: Judgement[] = [];
  for (const change of changes) {
    if (outsideDirection(change)) continue;
    for (const rule of index.get(`${change.subject}:${change.kind}`) ?? []) {
      if (!rule.when || rule.when(change, ctx)) out.push({ rule, change });
    }
  }
  return out;
}

/** A `readOnly` element is never part of a request, a `writeOnly` one never part of a response. */
function outsideDirection(change: Change): boolean {
  if (change.direction === 'request' && change.context.readOnly) return !change.kind.includes('read-only');
  if (change.direction === 'response' && change.context.writeOnly) return !change.kind.includes('write-only');
  return false;
}
