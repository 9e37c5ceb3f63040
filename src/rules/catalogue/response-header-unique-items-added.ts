import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-unique-items-added',
  class: 'additive',
  subject: 'response-header',
  kind: 'unique-items-added',
  description: 'The items of a response header must now be unique.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) now requires unique items.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});
