import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-became-optional',
  class: 'additive',
  subject: 'request-body',
  kind: 'became-optional',
  description: 'The request body became optional.',
  message: '{{operation}}: the request body became optional.',
  why: 'Clients that send a body keep working.',
  fix: 'Nothing to do.',
});
