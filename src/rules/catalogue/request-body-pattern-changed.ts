import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-pattern-changed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'pattern-changed',
  description: 'The `pattern` of a request body changed.',
  message: '{{operation}}: the request body changed its pattern from {{from}} to {{to}}.',
  why: 'Values matching the old pattern but not the new one are rejected; which ones cannot be decided in general.',
  fix: 'Keep the old pattern, or make sure the new one accepts every value the old one did, then accept the finding.',
});
