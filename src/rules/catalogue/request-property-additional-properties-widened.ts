import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-additional-properties-widened',
  class: 'additive',
  subject: 'request-property',
  kind: 'additional-properties-widened',
  description: 'A request property admits more additional properties than before.',
  message: '{{operation}}: the request property {{property}} admits more additional properties (from {{from}} to {{to}}).',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});
