import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-explode-changed',
  class: 'breaking',
  subject: 'response-header',
  kind: 'explode-changed',
  description: 'The `explode` flag of a response header changed.',
  message: '{{operation}}: the response header {{header}} of status {{status}} changed explode from {{from}} to {{to}}; clients parse arrays and objects in it the old way.',
  why: 'Without explode an object header reads `role,admin,name,ann`; with it, `role=admin,name=ann`. Clients keep parsing the old form and misread the value.',
  fix: 'Keep the explode setting.',
});
