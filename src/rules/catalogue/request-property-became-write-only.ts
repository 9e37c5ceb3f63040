import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-became-write-only',
  class: 'additive',
  subject: 'request-property',
  kind: 'property-became-write-only',
  description: 'A request property became `writeOnly`; requests still accept it.',
  message: '{{operation}}: the request property {{property}} became write-only.',
  why: 'Clients send it as before.',
  fix: 'Nothing to do.',
});
