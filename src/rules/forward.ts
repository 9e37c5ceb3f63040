// The forward verdict: can a client built against the revision fail against a server still running
// the base (a canary, a rolling deploy, a rollback)? Roles turned, that client meets the reverse
// change (revision → base) as an old client meets a change, so by default a rule's forward verdict is
// the backward class of its inverse change at the same site (`INVERSE_KIND`), judged by the default
// profile without lifecycle context: deprecations and sunsets promise old clients time, they do not
// apply forward. A rule whose inverse reasoning is wrong (the platform's client tolerances, what an
// old server ignores) states its own `forward`.
import { INVERSE_KIND, type Change, type ChangeContext, type Subject } from '../diff/change.js';
import type { ChangeClass, Direction, ForwardVerdict } from '../types.js';

export interface ForwardJudgement {
  /** The verdict; where it depends on the change, the verdict a reader should plan for. */
  class: ForwardVerdict;
  /** Why a client built on the revision does (or does not) fail against the base's server. */
  why: string;
  /** What to do so those clients survive an old server. */
  fix: string;
  /** When the verdict depends on the change (an open or a closed object): breaking exactly when this holds. */
  when?: (change: Change) => boolean;
  /** Set when no rule judges the reverse change, so the verdict is a guess (test/forward-verdict.test.ts forbids it). */
  underived?: true;
}

/** What the derivation needs of a rule (structurally a `Rule`). */
interface JudgingRule {
  id: string;
  class: ChangeClass;
  subject: Subject;
  kind: Change['kind'];
  alsoJudges?: readonly { subject: Subject; kind: Change['kind'] }[];
  when?: (change: Change, ctx: { today: string }) => boolean;
  why: string;
  forward?: ForwardJudgement;
}

/** A rule's forward verdict for one change. */
export function forwardOf(rule: { forward: ForwardJudgement }, change: Change): ForwardVerdict {
  const { forward } = rule;
  if (!forward.when) return forward.class;
  return forward.when(change) ? 'breaking' : 'compatible';
}

/** What to do, per direction, when clients built on the revision can fail against the base's server. */
export const SHIP_THE_SERVER_FIRST: Record<Direction, string> = {
  request:
    'Ship the server first: clients send the new form only once no instance runs the base (feature-detect it, or keep it behind a flag until the rollout is done), so a canary or a rollback does not reject them.',
  response:
    'Ship the server first, and keep clients tolerant of what the base returns until no instance runs it: a canary or a rollback brings those responses back.',
  none: 'Ship the server first: clients use the new element only once no instance runs the base (feature-detect it, or keep it behind a flag), so a canary or a rollback does not break them.',
};

export const NOTHING_TO_DO = 'Nothing to do.';

/**
 * Contexts a change of a rule may come with: the derivation judges the inverse of each one the rule
 * itself judges, so a verdict that depends on them (required or not, widened or narrowed) shows.
 */
const SAMPLE_CONTEXTS: readonly ChangeContext[] = [
  {},
  { required: true },
  { closed: true },
  { required: true, closed: true },
  { required: true, hasDefault: true },
  { relation: 'widened' },
  { relation: 'narrowed' },
  { relation: 'changed' },
  { stillCovered: true },
  { stillSatisfied: true },
  { extensible: true },
  { success: true },
];

/** Rules judge the inverse with no lifecycle in play: any day will do. */
const NO_LIFECYCLE = { today: '1970-01-01' };

/** The change a client built on the revision meets on the base's server: kind, sides, data and relation turned. */
export function inverseChange(change: Change): Change {
  const { deprecated: _d, sunset: _s, operationDeprecated: _o, operationStability: _st, relation, ...context } = change.context;
  const data = { ...change.data };
  if ('from' in change.data || 'to' in change.data) {
    delete data.from;
    delete data.to;
    if (change.data.to !== undefined) data.from = change.data.to;
    if (change.data.from !== undefined) data.to = change.data.from;
  }
  return {
    ...change,
    kind: INVERSE_KIND[change.kind],
    base: change.revision,
    revision: change.base,
    data,
    context: { ...context, ...(relation ? { relation: relation === 'widened' ? 'narrowed' : relation === 'narrowed' ? 'widened' : relation } : {}) },
  };
}

type Index = Map<string, JudgingRule[]>;

function indexOf(rules: readonly JudgingRule[]): Index {
  const index: Index = new Map();
  for (const rule of rules) {
    for (const { subject, kind } of [rule, ...(rule.alsoJudges ?? [])]) {
      const key = `${subject}:${kind}`;
      index.set(key, [...(index.get(key) ?? []), rule]);
    }
  }
  return index;
}

/** The rules that judge a change's inverse, and the verdict they give (undefined when none does). */
function judgeInverse(change: Change, index: Index): { rules: JudgingRule[]; verdict?: ForwardVerdict } {
  const inverse = inverseChange(change);
  const rules = (index.get(`${inverse.subject}:${inverse.kind}`) ?? []).filter((r) => !r.when || r.when(inverse, NO_LIFECYCLE));
  if (rules.length === 0) return { rules };
  return { rules, verdict: rules.some((r) => r.class === 'breaking') ? 'breaking' : 'compatible' };
}

/**
 * Every rule with its forward verdict: its own, or the one derived from its inverse. A derived verdict
 * is computed per change (the inverse of the actual change is judged), so it follows the change's
 * context; its class and why describe the cases the rule judges. A rule whose inverse no rule judges gets
 * `breaking`, marked `underived` (test/forward-verdict.test.ts holds every rule to a derivation or its own verdict).
 */
export function withForward<R extends JudgingRule>(rules: readonly R[], directionOf: (rule: R) => Direction): (Omit<R, 'forward'> & { forward: ForwardJudgement })[] {
  const index = indexOf(rules);
  return rules.map((rule) => {
    if (rule.forward) return { ...rule, forward: rule.forward };
    const samples = SAMPLE_CONTEXTS.map((context) => sampleChange(rule, context, directionOf(rule))).filter((c) => !rule.when || rule.when(c, NO_LIFECYCLE));
    // A sample the diff never emits for this kind (a scope removal still satisfied) has no inverse rule: skip it.
    const judged = (samples.length > 0 ? samples : [sampleChange(rule, {}, directionOf(rule))]).map((c) => judgeInverse(c, index)).filter((j) => j.verdict !== undefined);
    const fix = (verdict: ForwardVerdict): string => (verdict === 'breaking' ? SHIP_THE_SERVER_FIRST[directionOf(rule)] : NOTHING_TO_DO);
    if (judged.length === 0) {
      return { ...rule, forward: { class: 'breaking' as const, why: 'No rule judges the reverse change.', fix: fix('breaking'), underived: true as const } };
    }
    const verdicts = new Set(judged.map((j) => j.verdict!));
    const inverseRules = [...new Map(judged.flatMap((j) => j.rules).map((r) => [r.id, r])).values()];
    const when = (change: Change): boolean => (judgeInverse(change, index).verdict ?? [...verdicts][0]) === 'breaking';
    if (verdicts.size === 1) {
      const verdict = [...verdicts][0];
      const deciding = inverseRules.find((r) => (r.class === 'breaking') === (verdict === 'breaking')) ?? inverseRules[0];
      return { ...rule, forward: { class: verdict, why: `Against the base's server, a client built on the revision meets the reverse change, ${deciding.id}: ${deciding.why}`, fix: fix(verdict), when } };
    }
    const breaking = inverseRules.filter((r) => r.class === 'breaking').map((r) => r.id);
    return {
      ...rule,
      forward: {
        class: 'breaking' as const,
        why: `Against the base's server, a client built on the revision meets the reverse change: breaking where that is ${breaking.join(' or ')}, compatible otherwise.`,
        fix: `Where breaking: ${fix('breaking')}`,
        when,
      },
    };
  });
}

function sampleChange(rule: JudgingRule, context: ChangeContext, direction: Direction): Change {
  return { kind: rule.kind, subject: rule.subject, direction, data: {}, context };
}

/**
 * What an old server ignores: a property, parameter or body it does not declare. The revision's
 * client sends it, the base's server drops it (the client's feature does nothing there, but nothing
 * fails); only a closed object (`additionalProperties: false`) rejects it.
 */
export const OLD_SERVER_IGNORES_UNDECLARED_PROPERTY: ForwardJudgement = {
  class: 'compatible',
  why: "The base's server does not know the property and ignores it in an open object; a closed object (`additionalProperties: false`) rejects the request.",
  fix: `Into a closed object: ${SHIP_THE_SERVER_FIRST.request} Into an open one: nothing to do, but the feature works only once the server is upgraded.`,
  when: (change) => !!change.context.closed,
};

export const OLD_SERVER_IGNORES_UNDECLARED: ForwardJudgement = {
  class: 'compatible',
  why: "The base's server does not declare it and ignores it when a client built on the revision sends it: nothing fails, though the feature works only once the server is upgraded.",
  fix: NOTHING_TO_DO,
};

/** The platform's clients handle absent optional fields: only what the revision makes required can be missed. */
export const CLIENT_COPES_WITHOUT_OPTIONAL: ForwardJudgement = {
  class: 'compatible',
  why: "The base's server does not send it; clients built on the revision handle an absent optional field (the platform rule), but not an absent required one.",
  fix: `Where it is required: ${SHIP_THE_SERVER_FIRST.response}`,
  when: (change) => !!change.context.required,
};

/** Deprecation, sunset and stability promises give old clients time; they do not apply forward. */
export const LIFECYCLE_ONLY: ForwardJudgement = {
  class: 'compatible',
  why: "A lifecycle policy judges what old clients were promised; a client built on the revision meets the base's server as it was, which this rule does not speak of.",
  fix: NOTHING_TO_DO,
};

/** The platform's clients handle enum values they do not know (the tolerance backward verdicts rely on too). */
export const UNKNOWN_ENUM_VALUES_HANDLED: ForwardJudgement = {
  class: 'compatible',
  why: "The base's server may send values outside the revision's enum; clients built on the revision handle unknown enum values (the platform rule).",
  fix: NOTHING_TO_DO,
};
