import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-pattern-changed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'pattern-changed',
  description: 'The `pattern` of a request property changed.',
  message: '{{operation}}: the request property {{property}} changed its pattern from {{from}} to {{to}}.',
  why: 'Values matching the old pattern but not the new one are rejected; which ones cannot be decided in general.',
  fix: 'Keep the old pattern, or make sure the new one accepts every value the old one did, then accept the finding.',
});
