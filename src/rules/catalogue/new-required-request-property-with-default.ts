import { defineRule } from '../rule.js';

export default defineRule({
  id: 'new-required-request-property-with-default',
  class: 'breaking',
  subject: 'request-property',
  kind: 'property-added',
  when: (c) => !!c.context.required && !!c.context.hasDefault,
  description: 'A new required request property that has a default.',
  message: '{{operation}}: the request body property {{property}} was added as required (its default does not apply to required properties).',
  why: 'A required property must be sent; a default does not help clients that omit it.',
  fix: 'Make the property optional so its default applies.',
});
