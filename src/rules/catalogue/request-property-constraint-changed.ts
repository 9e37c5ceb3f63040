import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-constraint-changed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'constraint-changed',
  description: 'A schema keyword that restricts the values of a request property changed (`not`, `contains`, `if`, `patternProperties`, …).',
  message: '{{operation}}: the request property {{property}} changed its {{keyword}} constraint.',
  why: 'Such keywords are compared as written, so whether the new one admits fewer values is not decided; values clients send may be rejected.',
  fix: 'Keep the constraint, or check that the new one admits every value the old one did and accept the finding.',
});
