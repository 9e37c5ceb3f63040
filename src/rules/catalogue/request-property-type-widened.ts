import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-type-widened',
  class: 'additive',
  subject: 'request-property',
  kind: 'type-widened',
  description: 'The request property: type now admits more values (e.g. integer to number).',
  message: '{{operation}}: the request property {{property}} widened its type from {{from}} to {{to}}.',
  why: 'The server accepts everything it accepted before.',
  fix: 'Nothing to do.',
});
