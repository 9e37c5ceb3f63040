import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-unique-items-added',
  class: 'breaking',
  subject: 'request-body',
  kind: 'unique-items-added',
  description: 'The items of a request body must now be unique.',
  message: '{{operation}}: the request body now requires unique items.',
  why: 'Clients that send duplicates are rejected.',
  fix: 'Keep accepting duplicates and drop them on the server.',
});
