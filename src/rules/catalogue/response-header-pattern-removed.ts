import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-pattern-removed',
  class: 'breaking',
  subject: 'response-header',
  kind: 'pattern-removed',
  description: 'A response header lost its `pattern`.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) lost its pattern {{from}}.',
  why: 'Clients that rely on the pattern (parsing, validation) receive values that do not match it.',
  fix: 'Keep the pattern in responses.',
});
