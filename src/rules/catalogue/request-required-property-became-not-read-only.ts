import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-required-property-became-not-read-only',
  class: 'breaking',
  subject: 'request-property',
  kind: 'property-became-not-read-only',
  when: (c) => !!c.context.required,
  description: 'A required property that was `readOnly` is now a required request field.',
  message: '{{operation}}: the request property {{property}} is no longer read-only and is required; existing clients do not send it.',
  why: 'Clients never sent a read-only property, so their requests now lack a required one and are rejected.',
  fix: 'Make the property optional in requests, or keep it read-only.',
});
