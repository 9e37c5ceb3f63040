import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-format-added',
  class: 'additive',
  subject: 'response-property',
  kind: 'format-added',
  description: 'A response property gained a `format`.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) gained the format {{to}}.',
  why: 'Clients receive values in a stricter form than they already handle.',
  fix: 'Nothing to do.',
});
