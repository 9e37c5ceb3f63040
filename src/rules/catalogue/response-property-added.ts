import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-added',
  class: 'additive',
  subject: 'response-property',
  kind: 'property-added',
  when: (c) => !c.context.closed,
  description: 'A new property in a response body.',
  message: '{{operation}}: responses with status {{status}} have a new property {{property}}.',
  why: 'Clients tolerate unknown fields (platform rule).',
  fix: 'Nothing to do.',
});
