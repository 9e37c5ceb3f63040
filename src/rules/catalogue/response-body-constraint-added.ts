import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-constraint-added',
  class: 'additive',
  subject: 'response-body',
  kind: 'constraint-added',
  description: 'A response body gained a schema keyword that restricts its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
  message: '{{operation}}: the response body (status {{status}}) gained the {{keyword}} constraint.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});
