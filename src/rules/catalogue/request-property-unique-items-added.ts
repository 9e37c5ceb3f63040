import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-unique-items-added',
  class: 'breaking',
  subject: 'request-property',
  kind: 'unique-items-added',
  description: 'The items of a request property must now be unique.',
  message: '{{operation}}: the request property {{property}} now requires unique items.',
  why: 'Clients that send duplicates are rejected.',
  fix: 'Keep accepting duplicates and drop them on the server.',
});
