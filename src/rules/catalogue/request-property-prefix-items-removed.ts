import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-prefix-items-removed',
  class: 'additive',
  subject: 'request-property',
  kind: 'prefix-items-removed',
  description: 'A request property (an array) declares fewer positional item schemas (`prefixItems`).',
  message: '{{operation}}: the request property {{property}} declares {{count}} fewer positional item schema(s).',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});
