import { defineRule } from '../rule.js';

export default defineRule({
  id: 'new-optional-request-property',
  class: 'additive',
  subject: 'request-property',
  kind: 'property-added',
  when: (c) => !c.context.required,
  description: 'A new optional property in a request body or an object-valued parameter.',
  message: '{{operation}}: the request accepts a new optional property {{property}}.',
  why: 'Existing clients do not send it and keep working.',
  fix: 'Nothing to do.',
});
