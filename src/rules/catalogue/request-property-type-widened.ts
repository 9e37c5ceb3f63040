import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-type-widened',
  class: 'additive',
  subject: 'request-property',
  kind: 'type-widened',
  description: 'The type of a request property was widened to admit more values (e.g. integer to number).',
  message: '{{operation}}: the request property {{property}} widened its type from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});
