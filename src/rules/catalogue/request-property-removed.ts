import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-removed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'property-removed',
  when: (c) => !c.context.deprecated,
  description: 'A request property was removed without being deprecated first.',
  message: '{{operation}}: the request property {{property}} was removed without deprecation.',
  why: 'Clients still send the property; the server ignores it (silently changing behaviour) or rejects unknown properties.',
  fix: 'Deprecate the property with an `x-sunset` date first.',
});
