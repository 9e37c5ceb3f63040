import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-multiple-of-widened',
  class: 'breaking',
  subject: 'response-property',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'widened',
  description: 'The `multipleOf` of a response property became looser (or was removed).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) must now be a multiple of {{to}} (was {{from}}).',
  why: 'Clients that rely on the old step (e.g. whole cents) receive values between the steps.',
  fix: 'Keep the old step in responses.',
});
