import type { Change, ChangeKind, Subject } from '../diff/change.js';
import type { DeprecationPolicy } from '../policy.js';
import type { ChangeClass, Direction } from '../types.js';
import { withForward, type ForwardJudgement } from './forward.js';

export type { DeprecationPolicy };

/** What rules may know besides the change: the date sunsets are compared with, and policy. */
export interface RuleContext {
  /** `YYYY-MM-DD`. */
  today: string;
  /** Deprecation policy from the configuration; absent means the policy rules stay silent. */
  deprecation?: DeprecationPolicy;
}

/** One rule: a named judgement of one kind of change on one subject. Metadata is data. */
export interface Rule {
  id: string;
  /** Default class; configuration may override it per id. */
  class: ChangeClass;
  /** Class under the `strict` profile, for rules that rely on tolerant clients. */
  strictClass?: ChangeClass;
  subject: Subject;
  /** The change kind this rule judges (`type-changed`, `removed`, …). */
  kind: ChangeKind;
  /** More subject/kind pairs, for policy rules that judge one event across element kinds. */
  alsoJudges?: readonly { subject: Subject; kind: ChangeKind }[];
  /** Further condition on the change; rules of one kind and subject must not overlap. */
  when?: (change: Change, ctx: RuleContext) => boolean;
  /** One line for the catalogue. */
  description: string;
  /** Message template; `{{name}}` placeholders come from the change data, `{{operation}}` from the operation. */
  message: string;
  /** Why this matters to clients (or why it does not), for `apicompat explain`. */
  why: string;
  /** How to avoid the finding or ship the change safely. */
  fix: string;
  /** Stays breaking on an operation marked draft or alpha: for rules that judge that marking itself. */
  evenWhenUnstable?: boolean;
  /** For request rules without a response mirror (and back): why not. */
  noMirror?: string;
  /** Set where the API itself reads what the rule judges: the response a webhook's or a callback's receiver sends back. */
  readByApi?: true;
  /** Can a client built on the revision fail against a server still running the base? See ./forward.ts. */
  forward: ForwardJudgement;
}

/** A rule as written: `forward` only where the inverse change's verdict is wrong for it (see ./forward.ts). */
export type RuleDefinition = Omit<Rule, 'forward'> & { forward?: ForwardJudgement };

export function defineRule<R extends RuleDefinition>(rule: R): R {
  return rule;
}

export function direction(rule: Pick<Rule, 'subject'>): Direction {
  if (rule.subject.startsWith('request-')) return 'request';
  if (rule.subject.startsWith('response')) return 'response';
  return 'none';
}

/** Whether a sunset date (RFC 3339 date or date-time) lies after today. Unparseable dates count as future. */
export function sunsetInFuture(sunset: string | undefined, today: string): boolean {
  if (!sunset) return false;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(sunset)?.[0];
  if (!date) return true;
  return date > today;
}

/** The rules of the catalogue files, in id order (so `docs/rules.md` and `apicompat rules` are too), each with its forward verdict. */
export function catalogue(parts: readonly (RuleDefinition | readonly RuleDefinition[])[]): readonly Rule[] {
  const sorted = parts.flat().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return withForward(sorted, direction);
}
