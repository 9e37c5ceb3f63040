import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-deprecated',
  class: 'deprecation',
  subject: 'response-header',
  kind: 'deprecated',
  description: 'A response header was deprecated.',
  message: '{{operation}}: the response header {{header}} of status {{status}} was deprecated.',
  why: 'Clients keep receiving it for now but should stop reading it.',
  fix: 'Give it an `x-sunset` date and say what replaces it.',
});
