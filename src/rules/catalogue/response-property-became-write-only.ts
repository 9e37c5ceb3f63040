import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-became-write-only',
  class: 'breaking',
  subject: 'response-property',
  kind: 'property-became-write-only',
  description: 'A response property became `writeOnly`: responses no longer carry it.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) became write-only; responses no longer contain it.',
  why: 'Clients that read the property lose it, as if it had been removed without deprecation.',
  fix: 'Keep the property readable; deprecate it first if it must go.',
});
