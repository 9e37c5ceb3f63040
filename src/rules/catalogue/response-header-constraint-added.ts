import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-constraint-added',
  class: 'additive',
  subject: 'response-header',
  kind: 'constraint-added',
  description: 'A response header gained a schema keyword that restricts its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
  message: '{{operation}}: the response header {{header}} (status {{status}}) gained the {{keyword}} constraint.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});
