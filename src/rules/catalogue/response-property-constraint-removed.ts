import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-constraint-removed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'constraint-removed',
  description: 'A response property lost a schema keyword that restricted its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lost its {{keyword}} constraint.',
  why: 'Clients that rely on the constraint receive values that violate it.',
  fix: 'Keep the constraint in responses.',
});
