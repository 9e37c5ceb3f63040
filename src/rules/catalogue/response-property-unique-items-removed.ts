import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-unique-items-removed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'unique-items-removed',
  description: 'The items of a response property no longer have to be unique.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) no longer requires unique items.',
  why: 'Clients that treat the array as a set (keys, lookups) meet duplicates.',
  fix: 'Keep the items unique in responses.',
});
