import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-constraint-removed',
  class: 'additive',
  subject: 'request-property',
  kind: 'constraint-removed',
  description: 'A request property lost a schema keyword that restricted its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
  message: '{{operation}}: the request property {{property}} lost its {{keyword}} constraint.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});
