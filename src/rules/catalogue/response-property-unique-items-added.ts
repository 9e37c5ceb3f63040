import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-unique-items-added',
  class: 'additive',
  subject: 'response-property',
  kind: 'unique-items-added',
  description: 'The items of a response property must now be unique.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) now requires unique items.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});
