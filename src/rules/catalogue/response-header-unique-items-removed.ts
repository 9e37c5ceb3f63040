import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-unique-items-removed',
  class: 'breaking',
  subject: 'response-header',
  kind: 'unique-items-removed',
  description: 'The items of a response header no longer have to be unique.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) no longer requires unique items.',
  why: 'Clients that treat the array as a set (keys, lookups) meet duplicates.',
  fix: 'Keep the items unique in responses.',
});
