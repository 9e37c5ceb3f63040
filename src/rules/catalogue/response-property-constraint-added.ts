import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-constraint-added',
  class: 'additive',
  subject: 'response-property',
  kind: 'constraint-added',
  description: 'A response property gained a schema keyword that restricts its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) gained the {{keyword}} constraint.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});
