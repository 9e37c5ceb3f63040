import { defineRule } from '../rule.js';

export default defineRule({
  id: 'new-required-request-property-with-default',
  class: 'breaking',
  subject: 'request-property',
  kind: 'property-added',
  when: (c) => !!c.context.required && !!c.context.hasDefault,
  description: 'A new required property in a request body or an object-valued parameter that declares a default.',
  message: '{{operation}}: the request property {{property}} was added as required; its default does not apply to a required property.',
  why: 'A required property must be sent; the default does not help existing clients, which omit it and are rejected.',
  fix: 'Make the property optional so that its default applies.',
});
