import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-required-header-removed',
  class: 'breaking',
  subject: 'response-header',
  kind: 'removed',
  when: (c) => !!c.context.required && !c.context.deprecated,
  description: 'A required response header was removed without being deprecated first.',
  message: '{{operation}}: the required response header {{header}} of status {{status}} was removed; clients reading it get nothing.',
  why: 'Clients rely on required headers being present.',
  fix: 'Keep sending the header; deprecate it first.',
});
