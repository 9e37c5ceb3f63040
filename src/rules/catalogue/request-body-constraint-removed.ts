import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-constraint-removed',
  class: 'additive',
  subject: 'request-body',
  kind: 'constraint-removed',
  description: 'A request body lost a schema keyword that restricted its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
  message: '{{operation}}: the request body lost its {{keyword}} constraint.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});
