import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-format-added',
  class: 'breaking',
  subject: 'request-body',
  kind: 'format-added',
  description: 'A request body gained a `format`.',
  message: '{{operation}}: the request body gained the format {{to}}.',
  why: 'Values that do not match the format, accepted before, are now rejected.',
  fix: 'Accept the old values; add the format only where it was always enforced.',
});
