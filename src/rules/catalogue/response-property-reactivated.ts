import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-reactivated',
  class: 'additive',
  subject: 'response-property',
  kind: 'property-reactivated',
  description: 'A deprecated response property is no longer deprecated.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) is no longer deprecated.',
  why: 'Clients may keep reading it.',
  fix: 'Nothing to do.',
});
