import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-pattern-changed',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-property',
  kind: 'pattern-changed',
  description: 'The `pattern` of a response property changed.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) changed its pattern from {{from}} to {{to}}.',
  why: 'Clients rarely validate the values they receive against a pattern, so a looser pattern goes unnoticed; clients that parse by the pattern may meet values they cannot read, which the strict profile counts as breaking.',
  fix: 'Keep the old pattern, or make sure the new one matches a subset of the old, then accept the finding.',
});
