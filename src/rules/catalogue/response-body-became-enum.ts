import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-became-enum',
  class: 'additive',
  subject: 'response-body',
  kind: 'became-enum',
  description: 'A response body was restricted to a list of enum values.',
  message: '{{operation}}: the response body (status {{status}}) was restricted to the enum values {{values}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});
