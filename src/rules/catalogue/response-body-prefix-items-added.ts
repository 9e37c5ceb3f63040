import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-prefix-items-added',
  class: 'additive',
  subject: 'response-body',
  kind: 'prefix-items-added',
  description: 'A response body (an array) declares more positional item schemas (`prefixItems`).',
  message: '{{operation}}: the response body (status {{status}}) declares {{count}} more positional item schema(s).',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});
