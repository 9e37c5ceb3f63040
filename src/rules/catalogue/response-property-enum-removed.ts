import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-enum-removed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'enum-removed',
  description: 'A response property is no longer restricted to enum values.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) is no longer restricted to an enum.',
  why: 'Clients that switch over the known values receive values outside the list.',
  fix: 'Keep the enum in responses; add values one at a time.',
});
