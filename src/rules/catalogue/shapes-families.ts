// Rule families: unions, discriminators, `additionalProperties`, `prefixItems` and other structural keywords.
// Each entry expands to one rule per site, `<site>-<name>` (see ../family.ts).
import { expandFamilies, ALL_SITES, SCHEMA_BODY_SITES, SERVER_ACCEPTS_WHAT_IT_DID, CLIENTS_RECEIVE_A_SUBSET, type FamilyVerdict } from '../family.js';

/** `anyOf` and `oneOf` gaining or losing a variant are judged alike. */
const VARIANT_ADDED_TO_REQUESTS: FamilyVerdict = {
  class: 'additive',
  why: 'Clients keep sending the variants they know; the server accepts one more.',
  fix: 'Nothing to do.',
};
const VARIANT_ADDED_TO_RESPONSES: FamilyVerdict = {
  class: 'additive',
  strictClass: 'breaking',
  why: 'Clients may receive a shape they do not know; tolerant clients skip it, strict ones (exhaustive switches, generated unions) fail, hence breaking under the strict profile.',
  fix: 'Tell client authors; make sure clients have a fallback for unknown variants.',
};
const VARIANT_REMOVED_FROM_REQUESTS: FamilyVerdict = {
  class: 'breaking',
  why: 'Clients that send the removed variant are rejected.',
  fix: 'Keep accepting the variant; deprecate it first.',
};
const VARIANT_REMOVED_FROM_RESPONSES: FamilyVerdict = {
  class: 'additive',
  why: 'Clients stop receiving a shape they already handle.',
  fix: 'Nothing to do.',
};

export default expandFamilies([
  {
    name: 'additional-properties-narrowed',
    kind: 'additional-properties-narrowed',
    sites: SCHEMA_BODY_SITES,
    description: '{A site} admits fewer additional properties than before.',
    message: '{{operation}}: {the site} admits fewer additional properties (from {{from}} to {{to}}).',
    request: {
      class: 'breaking',
      why: 'Clients that send extra properties are rejected.',
      fix: 'Keep accepting (and ignoring) unknown properties.',
    },
    response: CLIENTS_RECEIVE_A_SUBSET,
  },
  {
    name: 'additional-properties-widened',
    kind: 'additional-properties-widened',
    sites: SCHEMA_BODY_SITES,
    description: '{A site} admits more additional properties than before.',
    message: '{{operation}}: {the site} admits more additional properties (from {{from}} to {{to}}).',
    request: SERVER_ACCEPTS_WHAT_IT_DID,
    response: {
      class: 'additive',
      strictClass: 'breaking',
      why: 'Tolerant clients ignore unknown properties (the platform rule); clients that relied on the closed object fail, hence breaking under the strict profile.',
      fix: 'Tell client authors; make sure clients ignore unknown properties.',
    },
  },
  {
    name: 'any-of-added',
    kind: 'any-of-added',
    sites: SCHEMA_BODY_SITES,
    description: '{A site} has a new `anyOf` variant.',
    message: '{{operation}}: {the site} has a new anyOf variant {{variant}}.',
    request: VARIANT_ADDED_TO_REQUESTS,
    response: VARIANT_ADDED_TO_RESPONSES,
  },
  {
    name: 'any-of-removed',
    kind: 'any-of-removed',
    sites: SCHEMA_BODY_SITES,
    description: '{A site} lost a `anyOf` variant.',
    message: '{{operation}}: {the site} lost the anyOf variant {{variant}}.',
    request: { ...VARIANT_REMOVED_FROM_REQUESTS, when: (c) => !c.context.stillCovered },
    response: VARIANT_REMOVED_FROM_RESPONSES,
  },
  {
    name: 'any-of-removed-still-covered',
    kind: 'any-of-removed',
    sites: ['request-body', 'request-property'],
    description: '{A site} lost an `anyOf` variant whose documented values a remaining variant still accepts.',
    message: '{{operation}}: {the site} lost the anyOf variant {{variant}}, whose values another variant still accepts.',
    request: {
      class: 'additive',
      when: (c) => !!c.context.stillCovered,
      why: 'A value valid against any one `anyOf` variant is accepted, and a remaining variant accepts every value of the removed one that uses only documented properties.',
      fix: 'Nothing to do.',
    },
  },
  {
    name: 'constraint-added',
    kind: 'constraint-added',
    sites: ALL_SITES,
    description: '{A site} gained a schema keyword that restricts its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
    message: '{{operation}}: {the site} gained the {{keyword}} constraint.',
    request: {
      class: 'breaking',
      why: 'Values clients send that violate the new constraint are rejected.',
      fix: 'Leave the constraint out, or make sure it admits every value clients sent before and accept the finding.',
    },
    response: CLIENTS_RECEIVE_A_SUBSET,
  },
  {
    name: 'constraint-changed',
    kind: 'constraint-changed',
    sites: ALL_SITES,
    description: 'A schema keyword that restricts the values of {a site} changed (`not`, `contains`, `if`, `patternProperties`, …).',
    message: '{{operation}}: {the site} changed its {{keyword}} constraint.',
    request: {
      class: 'breaking',
      why: 'Such keywords are compared as written, so whether the new one admits fewer values is not decided; values clients send may be rejected.',
      fix: 'Keep the constraint, or check that the new one admits every value the old one did and accept the finding.',
    },
    response: {
      class: 'breaking',
      why: 'Such keywords are compared as written, so whether the new one admits more values is not decided; clients may receive values they do not expect.',
      fix: 'Keep the constraint, or check that the new one admits no value the old one did not and accept the finding.',
    },
  },
  {
    name: 'constraint-removed',
    kind: 'constraint-removed',
    sites: ALL_SITES,
    description: '{A site} lost a schema keyword that restricted its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
    message: '{{operation}}: {the site} lost its {{keyword}} constraint.',
    request: SERVER_ACCEPTS_WHAT_IT_DID,
    response: {
      class: 'breaking',
      why: 'Clients that rely on the constraint receive values that violate it.',
      fix: 'Keep the constraint in responses.',
    },
  },
  {
    name: 'discriminator-added',
    kind: 'discriminator-added',
    sites: SCHEMA_BODY_SITES,
    description: '{A site} gained a `discriminator`.',
    message: '{{operation}}: {the site} gained the discriminator {{discriminator}}.',
    request: {
      class: 'additive',
      why: 'A discriminator only names the property that already tells the variants apart.',
      fix: 'Nothing to do.',
    },
    response: {
      class: 'additive',
      why: 'A discriminator only names the property that already tells the variants apart; clients may now dispatch on it.',
      fix: 'Nothing to do.',
    },
  },
  {
    name: 'discriminator-mapping-added',
    kind: 'discriminator-mapping-added',
    sites: SCHEMA_BODY_SITES,
    description: 'The discriminator of {a site} maps a new value.',
    message: '{{operation}}: {the site} maps the new discriminator value {{value}}.',
    request: {
      class: 'additive',
      why: 'Clients keep sending the values they know.',
      fix: 'Nothing to do.',
    },
    response: {
      class: 'additive',
      strictClass: 'breaking',
      why: 'Clients may receive a discriminator value they cannot map; tolerant clients skip it, strict ones fail, hence breaking under the strict profile.',
      fix: 'Tell client authors; make sure clients have a fallback for unknown values.',
    },
  },
  {
    name: 'discriminator-mapping-changed',
    kind: 'discriminator-mapping-changed',
    sites: SCHEMA_BODY_SITES,
    description: 'The discriminator of {a site} maps a value to another schema.',
    message: '{{operation}}: {the site} maps the discriminator value {{value}} to {{to}} instead of {{from}}.',
    request: {
      class: 'breaking',
      why: 'Clients build the old schema for that value; the server reads it as the new one.',
      fix: 'Keep the mapping; add a new value for the new schema.',
    },
    response: {
      class: 'breaking',
      why: 'Clients deserialize that value as the old schema.',
      fix: 'Keep the mapping; add a new value for the new schema.',
    },
  },
  {
    name: 'discriminator-mapping-removed',
    kind: 'discriminator-mapping-removed',
    sites: SCHEMA_BODY_SITES,
    description: 'The discriminator of {a site} no longer maps a value.',
    message: '{{operation}}: {the site} no longer maps the discriminator value {{value}}.',
    request: {
      class: 'breaking',
      why: 'Clients that send the value are rejected or mis-read.',
      fix: 'Keep the mapping; deprecate the variant first.',
    },
    response: {
      class: 'additive',
      why: 'Clients stop receiving a value they already handle.',
      fix: 'Nothing to do.',
    },
  },
  {
    name: 'discriminator-property-changed',
    kind: 'discriminator-property-changed',
    sites: SCHEMA_BODY_SITES,
    description: 'The discriminator of {a site} moved to another property.',
    message: '{{operation}}: {the site} moved its discriminator from {{from}} to {{to}}.',
    request: {
      class: 'breaking',
      why: 'Clients set the old property; the server cannot tell the variants apart.',
      fix: 'Keep the discriminator property.',
    },
    response: {
      class: 'breaking',
      why: 'Clients dispatch on the old property and pick the wrong variant or fail.',
      fix: 'Keep the discriminator property.',
    },
  },
  {
    name: 'discriminator-removed',
    kind: 'discriminator-removed',
    sites: SCHEMA_BODY_SITES,
    description: '{A site} lost its `discriminator`.',
    message: '{{operation}}: {the site} lost the discriminator {{discriminator}}.',
    request: {
      class: 'additive',
      why: 'The server tells variants apart by their shape; what clients send stays valid.',
      fix: 'Nothing to do.',
    },
    response: {
      class: 'breaking',
      why: 'Generated clients dispatch on the discriminator to pick a variant and can no longer deserialize the response.',
      fix: 'Keep the discriminator.',
    },
  },
  {
    name: 'one-of-added',
    kind: 'one-of-added',
    sites: SCHEMA_BODY_SITES,
    description: '{A site} has a new `oneOf` variant.',
    message: '{{operation}}: {the site} has a new oneOf variant {{variant}}.',
    request: VARIANT_ADDED_TO_REQUESTS,
    response: VARIANT_ADDED_TO_RESPONSES,
  },
  {
    name: 'one-of-removed',
    kind: 'one-of-removed',
    sites: SCHEMA_BODY_SITES,
    description: '{A site} lost a `oneOf` variant.',
    message: '{{operation}}: {the site} lost the oneOf variant {{variant}}.',
    request: VARIANT_REMOVED_FROM_REQUESTS,
    response: VARIANT_REMOVED_FROM_RESPONSES,
  },
  {
    name: 'prefix-items-added',
    kind: 'prefix-items-added',
    sites: SCHEMA_BODY_SITES,
    description: '{A site} (an array) declares more positional item schemas (`prefixItems`).',
    message: '{{operation}}: {the site} declares {{count}} more positional item schema(s).',
    request: {
      class: 'breaking',
      why: 'Arrays that clients send are now checked position by position and may be rejected.',
      fix: 'Keep the item schema as it was.',
    },
    response: CLIENTS_RECEIVE_A_SUBSET,
  },
  {
    name: 'prefix-items-removed',
    kind: 'prefix-items-removed',
    sites: SCHEMA_BODY_SITES,
    description: '{A site} (an array) declares fewer positional item schemas (`prefixItems`).',
    message: '{{operation}}: {the site} declares {{count}} fewer positional item schema(s).',
    request: SERVER_ACCEPTS_WHAT_IT_DID,
    response: {
      class: 'breaking',
      why: 'Clients that read items by position receive items of shapes they were not built for.',
      fix: 'Keep the positional schemas in responses.',
    },
  },
]);
