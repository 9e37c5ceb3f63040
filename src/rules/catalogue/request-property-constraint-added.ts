import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-constraint-added',
  class: 'breaking',
  subject: 'request-property',
  kind: 'constraint-added',
  description: 'A request property gained a schema keyword that restricts its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
  message: '{{operation}}: the request property {{property}} gained the {{keyword}} constraint.',
  why: 'Values clients send that violate the new constraint are rejected.',
  fix: 'Leave the constraint out, or make sure it admits every value clients sent before and accept the finding.',
});
