import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-constraint-removed',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'constraint-removed',
  description: 'A request parameter lost a schema keyword that restricted its values (`not`, `contains`, `if`, `patternProperties`, `items`, …).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} lost its {{keyword}} constraint.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});
