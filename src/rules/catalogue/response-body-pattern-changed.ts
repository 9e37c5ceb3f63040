import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-pattern-changed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'pattern-changed',
  description: 'The `pattern` of a response body changed.',
  message: '{{operation}}: the response body (status {{status}}) changed its pattern from {{from}} to {{to}}.',
  why: 'Clients that rely on the old pattern may receive values that do not match it.',
  fix: 'Keep the old pattern, or make sure the new one matches a subset of the old, then accept the finding.',
});
