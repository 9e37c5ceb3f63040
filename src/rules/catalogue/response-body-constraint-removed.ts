import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-constraint-removed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'constraint-removed',
  description: 'A response body lost a schema keyword that restricted its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
  message: '{{operation}}: the response body (status {{status}}) lost its {{keyword}} constraint.',
  why: 'Clients that rely on the constraint receive values that violate it.',
  fix: 'Keep the constraint in responses.',
});
