import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-max-items-increased',
  class: 'breaking',
  subject: 'response-property',
  kind: 'max-items-increased',
  description: 'The maximum number of items of a response property was raised (or removed).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) raised its maximum number of items from {{from}} to {{to}}.',
  why: 'Clients that size buffers or pages by the old maximum receive more items.',
  fix: 'Keep the old maximum in responses.',
});
