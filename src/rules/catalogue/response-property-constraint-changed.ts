import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-constraint-changed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'constraint-changed',
  description: 'A schema keyword that restricts the values of a response property changed (`not`, `contains`, `if`, `patternProperties`, …).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) changed its {{keyword}} constraint.',
  why: 'Such keywords are compared as written, so whether the new one admits more values is not decided; clients may receive values they do not expect.',
  fix: 'Keep the constraint, or check that the new one admits no value the old one did not and accept the finding.',
});
