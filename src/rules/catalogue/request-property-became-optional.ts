import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-became-optional',
  class: 'additive',
  subject: 'request-property',
  kind: 'property-became-optional',
  description: 'A required request property became optional.',
  message: '{{operation}}: the request property {{property}} became optional.',
  why: 'Clients that send it keep working.',
  fix: 'Nothing to do.',
});
