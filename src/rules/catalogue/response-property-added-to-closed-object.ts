import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-added-to-closed-object',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-property',
  kind: 'property-added',
  when: (c) => !!c.context.closed,
  description: 'A new property in a response object that promised `additionalProperties: false`.',
  message: '{{operation}}: the response (status {{status}}) has a new property {{property}} in an object that forbade unknown properties.',
  why: 'The base contract promised no other properties, so strict clients (closed generated types, schema validators) reject the response; tolerant clients ignore it, hence breaking only under the strict profile.',
  fix: 'Tell client authors, or open the object (drop `additionalProperties: false`) in an earlier release.',
});
