import type { Loc } from '../model/types.js';
import type { Direction } from '../types.js';

/**
 * What a rule is about, named as in rule ids: `request-property-type-changed` is the change kind
 * `type-changed` on the subject `request-property`.
 */
export type Subject =
  | 'api'
  | 'operation'
  | 'webhook'
  | 'callback'
  | 'request-parameter'
  | 'request-body'
  | 'request-property'
  | 'response'
  | 'response-body'
  | 'response-property'
  | 'response-header'
  | 'security'
  | 'security-scheme'
  | 'server'
  | 'service';

export type ChangeData = Record<string, string | number | boolean>;

/** Facts about the surroundings of a change that decide which rule (if any) applies. */
export interface ChangeContext {
  /** The element (property, parameter, header…) is required on the side(s) it exists. */
  required?: boolean;
  /** Inside or on a `readOnly` element (never a request field). */
  readOnly?: boolean;
  /** Inside or on a `writeOnly` element (never a response field). */
  writeOnly?: boolean;
  /** The removed or changed element was deprecated on the base side. */
  deprecated?: boolean;
  /** Its `x-sunset`, when deprecated. */
  sunset?: string;
  /** The element has a default value on the revision side. */
  hasDefault?: boolean;
  /** Response status class: true for 1xx-3xx and 2XX-like ranges. */
  success?: boolean;
  /** A security alternative that is gone is still satisfied by one that remains. */
  stillSatisfied?: boolean;
  /** A removed `anyOf` variant whose documented values a remaining variant still admits. */
  stillCovered?: boolean;
  /** Set-effect of a constraint change: the admitted values grew or shrank. */
  relation?: 'widened' | 'narrowed' | 'changed';
  /** The schema forbids unknown properties (`additionalProperties: false`) on the base side. */
  closed?: boolean;
  /** The enum is declared open (`x-extensible-enum`). */
  extensible?: boolean;
  /** The operation itself is deprecated on the base side. */
  operationDeprecated?: boolean;
  /** The operation's `x-stability-level` on the base side, as written. */
  operationStability?: string;
}

export interface OperationInfo {
  method: string;
  /** Path template as written on the revision side (base side when removed). */
  path: string;
  key: string;
}

/** One structural difference: the diff's output, judged by rules. */
export interface Change {
  kind: string;
  subject: Subject;
  direction: Direction;
  operation?: OperationInfo;
  base?: Loc;
  revision?: Loc;
  data: ChangeData;
  context: ChangeContext;
}

/** An element deprecated on both sides whose `x-sunset` differs: clients planned with the old date. */
export function sunsetChanged(base: { deprecated: boolean; sunset?: string }, rev: { deprecated: boolean; sunset?: string }): boolean {
  return base.deprecated && rev.deprecated && (base.sunset ?? '') !== (rev.sunset ?? '');
}
