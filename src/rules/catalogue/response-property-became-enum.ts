import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-became-enum',
  class: 'additive',
  subject: 'response-property',
  kind: 'became-enum',
  description: 'A response property was restricted to a list of enum values.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) was restricted to the enum values {{values}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});
