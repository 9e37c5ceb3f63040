import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-became-not-write-only',
  class: 'additive',
  subject: 'response-property',
  kind: 'property-became-not-write-only',
  description: 'A `writeOnly` property is now returned in responses too.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) is no longer write-only; responses may now contain it.',
  why: 'Clients tolerate new properties (the platform rule).',
  fix: 'Make sure no secret that was write-only for a reason is now returned.',
});
