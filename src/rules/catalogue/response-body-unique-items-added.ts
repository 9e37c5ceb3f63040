import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-unique-items-added',
  class: 'additive',
  subject: 'response-body',
  kind: 'unique-items-added',
  description: 'The items of a response body must now be unique.',
  message: '{{operation}}: the response body (status {{status}}) now requires unique items.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});
