import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-type-widened',
  class: 'additive',
  subject: 'request-body',
  kind: 'type-widened',
  description: 'The type of a request body was widened to admit more values (e.g. integer to number).',
  message: '{{operation}}: the request body widened its type from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});
