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

/**
 * Every kind of change there is, as one table: the diff emits only these, and a rule judges only
 * these, so the compiler ties each kind the diff emits to the rules that judge it. A new kind goes
 * here first; test/every-change-judged.test.ts then asks for a rule (or a reason why it is silent).
 */
export const CHANGE_KINDS = [
  // Elements that appear or go: operations, callbacks, parameters, bodies, headers, schemes, services.
  'added',
  'removed',
  'became-required',
  'became-optional',
  'deprecated',
  'reactivated',
  'sunset-changed',
  // Operations.
  'operation-id-changed',
  'stability-level-changed',
  // Parameters and headers: serialization.
  'style-changed',
  'explode-changed',
  'became-exploded-array',
  'allow-empty-value-added',
  'allow-empty-value-removed',
  'allow-reserved-added',
  'allow-reserved-removed',
  // Media types and responses.
  'media-type-added',
  'media-type-removed',
  'media-type-changed',
  'media-type-generalized',
  'media-type-specialized',
  'schema-added',
  'schema-removed',
  // 3.2 sequential media types: the content described as a whole (`schema`) or item by item (`itemSchema`).
  'schema-moved-to-item-schema',
  'item-schema-moved-to-schema',
  // The content type of one part of a multipart or form body (`encoding`, `prefixEncoding`, `itemEncoding`).
  'part-content-type-changed',
  'status-added',
  'status-removed',
  'status-generalized',
  'status-specialized',
  // Properties of an object schema.
  'property-added',
  'property-removed',
  'property-became-required',
  'property-became-optional',
  'property-became-read-only',
  'property-became-not-read-only',
  'property-became-write-only',
  'property-became-not-write-only',
  'property-deprecated',
  'property-reactivated',
  'property-sunset-changed',
  // The values a schema admits: types, null, enums, const, default, format, pattern.
  'type-changed',
  'type-widened',
  'type-narrowed',
  'became-nullable',
  'became-not-nullable',
  'became-enum',
  'enum-removed',
  'enum-value-added',
  'enum-value-removed',
  'const-added',
  'const-removed',
  'const-changed',
  'default-value-changed',
  'format-added',
  'format-removed',
  'format-changed',
  'pattern-added',
  'pattern-removed',
  'pattern-changed',
  // Bounds.
  'min-increased',
  'min-decreased',
  'max-increased',
  'max-decreased',
  'min-length-increased',
  'min-length-decreased',
  'max-length-increased',
  'max-length-decreased',
  'min-items-increased',
  'min-items-decreased',
  'max-items-increased',
  'max-items-decreased',
  'min-properties-increased',
  'min-properties-decreased',
  'max-properties-increased',
  'max-properties-decreased',
  'multiple-of-changed',
  'unique-items-added',
  'unique-items-removed',
  // Structure: unions, discriminators, additional and prefix items, other keywords.
  'any-of-added',
  'any-of-removed',
  'one-of-added',
  'one-of-removed',
  'discriminator-added',
  'discriminator-removed',
  'discriminator-property-changed',
  'discriminator-mapping-added',
  'discriminator-mapping-removed',
  'discriminator-mapping-changed',
  'xml-node-type-changed',
  'additional-properties-widened',
  'additional-properties-narrowed',
  'prefix-items-added',
  'prefix-items-removed',
  'constraint-added',
  'constraint-removed',
  'constraint-changed',
  // Security requirements of an operation.
  'security-added',
  'security-removed',
  'security-requirement-added',
  'security-requirement-removed',
  'security-scope-added',
  'security-scope-removed',
  // Security schemes.
  'in-changed',
  'name-changed',
  'scheme-changed',
  'open-id-connect-url-changed',
  'oauth2-metadata-url-changed',
  'device-authorization-url-changed',
  'flow-added',
  'flow-removed',
  'token-url-changed',
  'refresh-url-changed',
  'authorization-url-changed',
  'scope-added',
  'scope-removed',
  // Servers.
  'base-path-changed',
  // Not a structural change: computed from all findings after classification (classify/semver-verdict.ts).
  'version-bump-too-small',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

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
  kind: ChangeKind;
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
