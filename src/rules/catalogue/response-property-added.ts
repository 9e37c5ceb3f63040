import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-added',
  class: 'additive',
  subject: 'response-property',
  kind: 'property-added',
  when: (c) => !c.context.closed,
  description: 'A new property in a response body or an object-valued header whose object admits unknown properties.',
  message: '{{operation}}: the response (status {{status}}) has a new property {{property}}.',
  why: 'Clients tolerate unknown properties (the platform rule) and ignore it.',
  fix: 'Nothing to do.',
});
