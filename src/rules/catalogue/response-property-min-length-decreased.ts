import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-min-length-decreased',
  class: 'breaking',
  subject: 'response-property',
  kind: 'min-length-decreased',
  description: 'The minimum length of a response property was lowered (or removed).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lowered its minimum length from {{from}} to {{to}}.',
  why: 'Clients that rely on the old minimum length (e.g. never expect an empty string) receive shorter strings.',
  fix: 'Keep the old minimum length in responses.',
});
