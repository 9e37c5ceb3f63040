import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-optional-property-removed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'property-removed',
  when: (c) => !c.context.required && !c.context.deprecated,
  description: 'An optional response property was removed without deprecation.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) was removed without deprecation; clients lose data they use.',
  why: 'Clients that use the property silently lose it. The platform rule is to deprecate before removal.',
  fix: 'Deprecate the property with an `x-sunset` date first.',
});
