import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-reactivated',
  class: 'additive',
  subject: 'response-header',
  kind: 'reactivated',
  description: 'A deprecated response header is no longer deprecated.',
  message: '{{operation}}: the response header {{header}} of status {{status}} is no longer deprecated.',
  why: 'Clients may keep reading it.',
  fix: 'Nothing to do.',
});
