import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-reactivated',
  class: 'additive',
  subject: 'request-property',
  kind: 'property-reactivated',
  description: 'A deprecated request property is no longer deprecated.',
  message: '{{operation}}: the request property {{property}} is no longer deprecated.',
  why: 'Clients may keep sending it.',
  fix: 'Nothing to do.',
});
