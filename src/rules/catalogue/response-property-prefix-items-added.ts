import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-prefix-items-added',
  class: 'additive',
  subject: 'response-property',
  kind: 'prefix-items-added',
  description: 'A response property (an array) declares more positional item schemas (`prefixItems`).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) declares {{count}} more positional item schema(s).',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});
