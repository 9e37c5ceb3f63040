import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-optional-property-removed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'property-removed',
  when: (c) => !c.context.required && !c.context.deprecated,
  description: 'An optional response property was removed without being deprecated first.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) was removed without deprecation.',
  why: 'Clients that use the property silently lose data; the platform rule is to deprecate before removing.',
  fix: 'Keep the property; deprecate it with an `x-sunset` date first.',
});
