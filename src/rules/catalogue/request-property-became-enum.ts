import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-became-enum',
  class: 'breaking',
  subject: 'request-property',
  kind: 'became-enum',
  description: 'A request property was restricted to a list of enum values.',
  message: '{{operation}}: the request property {{property}} was restricted to the enum values {{values}}.',
  why: 'Clients that send any value outside the list are rejected.',
  fix: 'Keep accepting the old range; document the preferred values instead.',
});
