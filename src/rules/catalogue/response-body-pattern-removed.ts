import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-pattern-removed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'pattern-removed',
  description: 'A response body lost its `pattern`.',
  message: '{{operation}}: the response body (status {{status}}) lost its pattern {{from}}.',
  why: 'Clients that rely on the pattern (parsing, validation) receive values that do not match it.',
  fix: 'Keep the pattern in responses.',
});
