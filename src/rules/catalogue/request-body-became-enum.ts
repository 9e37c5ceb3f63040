import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-became-enum',
  class: 'breaking',
  subject: 'request-body',
  kind: 'became-enum',
  description: 'A request body was restricted to a list of enum values.',
  message: '{{operation}}: the request body was restricted to the enum values {{values}}.',
  why: 'Clients that send any value outside the list are rejected.',
  fix: 'Keep accepting the old range; document the preferred values instead.',
});
