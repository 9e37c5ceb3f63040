import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-prefix-items-removed',
  class: 'additive',
  subject: 'request-body',
  kind: 'prefix-items-removed',
  description: 'A request body (an array) declares fewer positional item schemas (`prefixItems`).',
  message: '{{operation}}: the request body declares {{count}} fewer positional item schema(s).',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});
