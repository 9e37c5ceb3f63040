import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-constraint-added',
  class: 'breaking',
  subject: 'request-body',
  kind: 'constraint-added',
  description: 'A request body gained a schema keyword that restricts its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
  message: '{{operation}}: the request body gained the {{keyword}} constraint.',
  why: 'Values clients send that violate the new constraint are rejected.',
  fix: 'Leave the constraint out, or make sure it admits every value clients sent before and accept the finding.',
});
