import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-unique-items-removed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'unique-items-removed',
  description: 'The items of a response body no longer have to be unique.',
  message: '{{operation}}: the response body (status {{status}}) no longer requires unique items.',
  why: 'Clients that treat the array as a set (keys, lookups) meet duplicates.',
  fix: 'Keep the items unique in responses.',
});
