import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-enum-removed',
  class: 'breaking',
  subject: 'response-header',
  kind: 'enum-removed',
  description: 'A response header is no longer restricted to enum values.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) is no longer restricted to an enum.',
  why: 'Clients that switch over the known values receive values outside the list.',
  fix: 'Keep the enum in responses; add values one at a time.',
});
