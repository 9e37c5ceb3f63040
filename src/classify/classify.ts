import crypto, { createHash } from 'node:crypto';
import type { Judgement } from '../rules/apply-rules.js';
import { renderMessage } from '../rules/render-message.js';
import type { ChangeClass, FailOn, Finding, Summary } from '../types.js';
import type { Compatibility } from '../policy.js';
import type { Loc } from '../model/types.js';
import { direction } from '../rules/rule.js';
import { forwardOf } from '../rules/forward.js';
import { allowsBreakingChanges } from '../rules/stability-policy.js';

export interface ClassifyOptions {
  /** Per-rule class overrides; `off` drops the rule's findings. */
  overrides?: Record<string, ChangeClass | 'off'>;
  profile?: 'default' | 'strict';
  service?: string;
}

export const CLASS_ORDER: Record<ChangeClass, number> = { breaking: 0, deprecation: 1, additive: 2 };

/** Judgements to findings: effective class, one finding per cause, stable order. */
export function classify(judgements: Judgement[], options: ClassifyOptions = {}): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { rule, change } of judgements) {
    const override = options.overrides?.[rule.id];
    if (override === 'off') continue;
    const ruleClass = override ?? (options.profile === 'strict' ? (rule.strictClass ?? rule.class) : rule.class);
    const unstable = ruleClass === 'breaking' && !rule.evenWhenUnstable && allowsBreakingChanges(change.context.operationStability);
    const message = renderMessage(rule.message, change, rule.id);
    const finding: Finding = {
      id: '',
      ruleId: rule.id,
      // Clients of a draft or alpha operation agreed to follow its changes: announced, like a sunset.
      class: unstable ? 'deprecation' : ruleClass,
      // Stability levels and overrides speak of old clients; the forward verdict is the rule's.
      forward: forwardOf(rule, change),
      direction: direction(rule),
      message: unstable ? `${message} Allowed: the operation's x-stability-level was ${change.context.operationStability}.` : message,
      data: change.data,
      operation: change.operation ? { method: change.operation.method, path: change.operation.path } : undefined,
      service: options.service,
      base: change.base ? { ...change.base } : undefined,
      revision: change.revision ? { ...change.revision } : undefined,
    };
    finding.id = findingId(finding, change.operation?.key);
    if (seen.has(finding.id)) continue;
    seen.add(finding.id);
    findings.push(finding);
  }
  return findings.sort(compareFindings);
}

/** A short hash of the fields that stay put when messages or line numbers change. */
export function findingId(finding: Finding, operationKey?: string): string {
  const stable = [
    finding.ruleId,
    finding.service ?? '',
    operationKey ?? '',
    pointerOf(finding.base),
    pointerOf(finding.revision),
    finding.data.property ?? '',
    finding.data.value ?? '',
    finding.data.mediaType ?? '',
    finding.data.status ?? '',
  ].join('\u0000');
  return shortHash(stable);
}

/** The ids' form: 10 hex digits of a SHA-256. */
export function shortHash(text: string): string {
  return sha256Hex(text).slice(0, 10);
}

/** `crypto.hash` (Node 20.12 and newer) is the one-shot form; a large diff has thousands of ids. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
}

function pointerOf(loc: Loc | undefined): string {
  return loc ? loc.pointer : '';
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    CLASS_ORDER[a.class] - CLASS_ORDER[b.class] ||
    cmp(a.service ?? '', b.service ?? '') ||
    cmp(a.operation?.path ?? '', b.operation?.path ?? '') ||
    cmp(a.operation?.method ?? '', b.operation?.method ?? '') ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.base?.pointer ?? '', b.base?.pointer ?? '') ||
    cmp(a.revision?.pointer ?? '', b.revision?.pointer ?? '') ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function summarize(findings: Finding[]): Summary {
  const summary: Summary = { breaking: 0, deprecation: 0, additive: 0 };
  for (const f of findings) summary[f.class]++;
  return summary;
}

/**
 * The gate: whether the findings fail the policy. A finding that is not accepted fails `backward` at or
 * above `failOn`, `forward` when its forward verdict is breaking (unless `failOn` is never), `full`
 * either way. An acceptance waives both directions: it is the one way to ship a change a team has
 * weighed, whichever gate it trips.
 */
export function shouldFail(findings: Finding[], failOn: FailOn, compatibility: Compatibility = 'backward'): boolean {
  if (failOn === 'never') return false;
  const threshold = CLASS_ORDER[failOn];
  const backward = compatibility !== 'forward';
  const forward = compatibility !== 'backward';
  return findings.some((f) => !f.accepted && ((backward && CLASS_ORDER[f.class] <= threshold) || (forward && f.forward === 'breaking')));
}
