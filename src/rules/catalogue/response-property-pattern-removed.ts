import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-pattern-removed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'pattern-removed',
  description: 'A response body property lost its `pattern`.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lost its pattern {{from}}.',
  why: 'Clients that rely on the pattern (parsing, validation) receive values that do not match it.',
  fix: 'Keep the pattern in responses.',
});
