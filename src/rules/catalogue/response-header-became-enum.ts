import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-became-enum',
  class: 'additive',
  subject: 'response-header',
  kind: 'became-enum',
  description: 'A response header was restricted to a list of enum values.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) was restricted to the enum values {{values}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});
