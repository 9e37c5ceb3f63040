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
  // A `oneOf` variant that repeats another (same target or same written schema) added or removed.
  'one-of-overlap-added',
  'one-of-overlap-removed',
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

/**
 * The change that undoes each kind: what a client built on the revision meets when the server still
 * runs the base (`added` ↔ `removed`, `max-increased` ↔ `max-decreased`). A kind that names no
 * direction (`type-changed`, `style-changed`, …) is its own inverse; for the `-changed` kinds that
 * carry one, `ChangeContext.relation` turns instead (widened ↔ narrowed).
 */
export const INVERSE_KIND: Readonly<Record<ChangeKind, ChangeKind>> = {
  'added': 'removed',
  'removed': 'added',
  'became-required': 'became-optional',
  'became-optional': 'became-required',
  'deprecated': 'reactivated',
  'reactivated': 'deprecated',
  'sunset-changed': 'sunset-changed',
  'operation-id-changed': 'operation-id-changed',
  'stability-level-changed': 'stability-level-changed',
  'style-changed': 'style-changed',
  'explode-changed': 'explode-changed',
  'became-exploded-array': 'became-exploded-array',
  'allow-empty-value-added': 'allow-empty-value-removed',
  'allow-empty-value-removed': 'allow-empty-value-added',
  'allow-reserved-added': 'allow-reserved-removed',
  'allow-reserved-removed': 'allow-reserved-added',
  'media-type-added': 'media-type-removed',
  'media-type-removed': 'media-type-added',
  'media-type-changed': 'media-type-changed',
  'media-type-generalized': 'media-type-specialized',
  'media-type-specialized': 'media-type-generalized',
  'schema-moved-to-item-schema': 'item-schema-moved-to-schema',
  'item-schema-moved-to-schema': 'schema-moved-to-item-schema',
  'part-content-type-changed': 'part-content-type-changed',
  'schema-added': 'schema-removed',
  'schema-removed': 'schema-added',
  'status-added': 'status-removed',
  'status-removed': 'status-added',
  'status-generalized': 'status-specialized',
  'status-specialized': 'status-generalized',
  'property-added': 'property-removed',
  'property-removed': 'property-added',
  'property-became-required': 'property-became-optional',
  'property-became-optional': 'property-became-required',
  'property-became-read-only': 'property-became-not-read-only',
  'property-became-not-read-only': 'property-became-read-only',
  'property-became-write-only': 'property-became-not-write-only',
  'property-became-not-write-only': 'property-became-write-only',
  'property-deprecated': 'property-reactivated',
  'property-reactivated': 'property-deprecated',
  'property-sunset-changed': 'property-sunset-changed',
  'type-changed': 'type-changed',
  'type-widened': 'type-narrowed',
  'type-narrowed': 'type-widened',
  'became-nullable': 'became-not-nullable',
  'became-not-nullable': 'became-nullable',
  'became-enum': 'enum-removed',
  'enum-removed': 'became-enum',
  'enum-value-added': 'enum-value-removed',
  'enum-value-removed': 'enum-value-added',
  'const-added': 'const-removed',
  'const-removed': 'const-added',
  'const-changed': 'const-changed',
  'default-value-changed': 'default-value-changed',
  'format-added': 'format-removed',
  'format-removed': 'format-added',
  'format-changed': 'format-changed',
  'pattern-added': 'pattern-removed',
  'pattern-removed': 'pattern-added',
  'pattern-changed': 'pattern-changed',
  'min-increased': 'min-decreased',
  'min-decreased': 'min-increased',
  'max-increased': 'max-decreased',
  'max-decreased': 'max-increased',
  'min-length-increased': 'min-length-decreased',
  'min-length-decreased': 'min-length-increased',
  'max-length-increased': 'max-length-decreased',
  'max-length-decreased': 'max-length-increased',
  'min-items-increased': 'min-items-decreased',
  'min-items-decreased': 'min-items-increased',
  'max-items-increased': 'max-items-decreased',
  'max-items-decreased': 'max-items-increased',
  'min-properties-increased': 'min-properties-decreased',
  'min-properties-decreased': 'min-properties-increased',
  'max-properties-increased': 'max-properties-decreased',
  'max-properties-decreased': 'max-properties-increased',
  'multiple-of-changed': 'multiple-of-changed',
  'unique-items-added': 'unique-items-removed',
  'unique-items-removed': 'unique-items-added',
  'any-of-added': 'any-of-removed',
  'any-of-removed': 'any-of-added',
  'one-of-added': 'one-of-removed',
  'one-of-removed': 'one-of-added',
  'one-of-overlap-added': 'one-of-overlap-removed',
  'one-of-overlap-removed': 'one-of-overlap-added',
  'discriminator-added': 'discriminator-removed',
  'discriminator-removed': 'discriminator-added',
  'discriminator-property-changed': 'discriminator-property-changed',
  'discriminator-mapping-added': 'discriminator-mapping-removed',
  'discriminator-mapping-removed': 'discriminator-mapping-added',
  'discriminator-mapping-changed': 'discriminator-mapping-changed',
  'xml-node-type-changed': 'xml-node-type-changed',
  'additional-properties-widened': 'additional-properties-narrowed',
  'additional-properties-narrowed': 'additional-properties-widened',
  'prefix-items-added': 'prefix-items-removed',
  'prefix-items-removed': 'prefix-items-added',
  'constraint-added': 'constraint-removed',
  'constraint-removed': 'constraint-added',
  'constraint-changed': 'constraint-changed',
  'security-added': 'security-removed',
  'security-removed': 'security-added',
  'security-requirement-added': 'security-requirement-removed',
  'security-requirement-removed': 'security-requirement-added',
  'security-scope-added': 'security-scope-removed',
  'security-scope-removed': 'security-scope-added',
  'in-changed': 'in-changed',
  'name-changed': 'name-changed',
  'scheme-changed': 'scheme-changed',
  'open-id-connect-url-changed': 'open-id-connect-url-changed',
  'flow-added': 'flow-removed',
  'flow-removed': 'flow-added',
  'token-url-changed': 'token-url-changed',
  'oauth2-metadata-url-changed': 'oauth2-metadata-url-changed',
  'device-authorization-url-changed': 'device-authorization-url-changed',
  'refresh-url-changed': 'refresh-url-changed',
  'authorization-url-changed': 'authorization-url-changed',
  'scope-added': 'scope-removed',
  'scope-removed': 'scope-added',
  'base-path-changed': 'base-path-changed',
  'version-bump-too-small': 'version-bump-too-small',
};

export type ChangeData = Record<string, string | number | boolean>;

/**
 * The `status` of a request the API sends (a webhook's or a callback's): the response rules judge
 * it, since its receiver reads it as a client reads a response, but it has no status of its own.
 */
export const SENT_REQUEST_STATUS = 'request';

/**
 * The `sentBy` of every change to the response a webhook's or a callback's receiver sends back: the
 * API reads it as a server reads a request, so the request rules judge its body and headers, rules
 * of their own its statuses (src/rules/catalogue/receiver-responses.ts), and messages name that
 * response and its receivers.
 */
export const RECEIVER_RESPONSE = 'receiver';

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
  /**
   * A removed union variant, or an enum value removed from one variant, whose documented values a
   * remaining variant still admits; or an enum value added to one variant that another already admitted.
   */
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
