import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-enum-value-added',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-property',
  kind: 'enum-value-added',
  when: (c) => !c.context.extensible,
  description: 'A response property admits a new enum value.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) has a new enum value {{value}}.',
  why: 'Tolerant clients (the platform rule) ignore or fall back on values they do not know; clients that switch exhaustively over the enum fail, hence breaking under the strict profile.',
  fix: 'Announce the value and make sure clients have a fallback, or declare the enum open with `x-extensible-enum`.',
});
