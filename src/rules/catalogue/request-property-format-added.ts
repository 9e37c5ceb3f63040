import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-format-added',
  class: 'breaking',
  subject: 'request-property',
  kind: 'format-added',
  description: 'A request property gained a `format`.',
  message: '{{operation}}: the request property {{property}} gained the format {{to}}.',
  why: 'Values that do not match the format, accepted before, are now rejected.',
  fix: 'Accept the old values; add the format only where it was always enforced.',
});
