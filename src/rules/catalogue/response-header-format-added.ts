import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-format-added',
  class: 'additive',
  subject: 'response-header',
  kind: 'format-added',
  description: 'A response header gained a `format`.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) gained the format {{to}}.',
  why: 'Clients receive values in a stricter form than they already handle.',
  fix: 'Nothing to do.',
});
