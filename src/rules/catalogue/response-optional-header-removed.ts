import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-optional-header-removed',
  class: 'breaking',
  subject: 'response-header',
  kind: 'removed',
  when: (c) => !c.context.required && !c.context.deprecated,
  description: 'An optional response header was removed without being deprecated first.',
  message: '{{operation}}: the optional response header {{header}} of status {{status}} was removed without being deprecated first.',
  why: 'Optional only means the header may be absent from some responses; clients that read it when present silently lose the information, as with an optional response property. Deprecate before removal.',
  fix: 'Keep sending the header; deprecate it first (with an `x-sunset` date) and remove it after the sunset.',
});
