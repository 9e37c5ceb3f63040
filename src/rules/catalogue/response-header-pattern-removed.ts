import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-pattern-removed',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-header',
  kind: 'pattern-removed',
  description: 'A response header lost its `pattern`.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) lost its pattern {{from}}.',
  why: 'Clients rarely validate the values they receive against a pattern, so a looser pattern goes unnoticed; clients that parse by the pattern may meet values they cannot read, which the strict profile counts as breaking.',
  fix: 'Keep the pattern in responses.',
});
