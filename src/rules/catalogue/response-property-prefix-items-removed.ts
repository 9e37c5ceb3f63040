import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-prefix-items-removed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'prefix-items-removed',
  description: 'A response property (an array) declares fewer positional item schemas (`prefixItems`).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) declares {{count}} fewer positional item schema(s).',
  why: 'Clients that read items by position receive items of shapes they were not built for.',
  fix: 'Keep the positional schemas in responses.',
});
