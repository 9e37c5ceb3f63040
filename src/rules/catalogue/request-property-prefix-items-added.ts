import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-prefix-items-added',
  class: 'breaking',
  subject: 'request-property',
  kind: 'prefix-items-added',
  description: 'A request property (an array) declares more positional item schemas (`prefixItems`).',
  message: '{{operation}}: the request property {{property}} declares {{count}} more positional item schema(s).',
  why: 'Arrays that clients send are now checked position by position and may be rejected.',
  fix: 'Keep the item schema as it was.',
});
