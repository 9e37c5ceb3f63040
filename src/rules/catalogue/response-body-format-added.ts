import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-format-added',
  class: 'additive',
  subject: 'response-body',
  kind: 'format-added',
  description: 'A response body gained a `format`.',
  message: '{{operation}}: the response body (status {{status}}) gained the format {{to}}.',
  why: 'Clients receive values in a stricter form than they already handle.',
  fix: 'Nothing to do.',
});
