import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-became-not-read-only',
  class: 'additive',
  subject: 'request-property',
  kind: 'property-became-not-read-only',
  when: (c) => !c.context.required,
  description: 'An optional property that was `readOnly` may now be sent in requests.',
  message: '{{operation}}: the request property {{property}} is no longer read-only; clients may now send it.',
  why: 'Existing clients do not send it and keep working.',
  fix: 'Nothing to do.',
});
