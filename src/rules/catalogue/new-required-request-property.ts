import { defineRule } from '../rule.js';

export default defineRule({
  id: 'new-required-request-property',
  class: 'breaking',
  subject: 'request-property',
  kind: 'property-added',
  when: (c) => !!c.context.required && !c.context.hasDefault,
  description: 'A new required property in a request body or an object-valued parameter.',
  message: '{{operation}}: the request property {{property}} was added as required; existing clients do not send it.',
  why: 'Requests from existing clients lack the property and are rejected.',
  fix: 'Add it as optional and default it on the server.',
});
