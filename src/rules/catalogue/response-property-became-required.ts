import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-became-required',
  class: 'additive',
  subject: 'response-property',
  kind: 'property-became-required',
  description: 'An optional response property became required (always present).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) became required.',
  why: 'Clients already handle it being present.',
  fix: 'Nothing to do.',
});
