import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-pattern-removed',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-property',
  kind: 'pattern-removed',
  description: 'A response property lost its `pattern`.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lost its pattern {{from}}.',
  why: 'Clients rarely validate the values they receive against a pattern, so a looser pattern goes unnoticed; clients that parse by the pattern may meet values they cannot read, which the strict profile counts as breaking.',
  fix: 'Keep the pattern in responses.',
});
