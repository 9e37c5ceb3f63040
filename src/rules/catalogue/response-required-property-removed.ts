import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-required-property-removed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'property-removed',
  when: (c) => !!c.context.required && !c.context.deprecated,
  description: 'A required response property was removed without being deprecated first.',
  message: '{{operation}}: the required response property {{property}} (status {{status}}) was removed without deprecation.',
  why: 'Clients read required properties without checking for them and fail.',
  fix: 'Keep the property; deprecate it with an `x-sunset` date first.',
});
