import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-additional-properties-widened',
  class: 'additive',
  subject: 'request-body',
  kind: 'additional-properties-widened',
  description: 'A request body admits more additional properties than before.',
  message: '{{operation}}: the request body admits more additional properties (from {{from}} to {{to}}).',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});
