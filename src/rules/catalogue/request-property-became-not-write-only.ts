import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-became-not-write-only',
  class: 'additive',
  subject: 'request-property',
  kind: 'property-became-not-write-only',
  description: 'A request property is no longer `writeOnly`; requests accept it as before.',
  message: '{{operation}}: the request property {{property}} is no longer write-only.',
  why: 'Clients send it as before.',
  fix: 'Nothing to do.',
});
