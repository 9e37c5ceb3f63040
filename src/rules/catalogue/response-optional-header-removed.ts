import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-optional-header-removed',
  class: 'additive',
  subject: 'response-header',
  kind: 'removed',
  when: (c) => !c.context.required,
  description: 'An optional response header was removed.',
  message: '{{operation}}: the optional response header {{header}} of status {{status}} was removed.',
  why: 'Clients must already cope with an optional header being absent.',
  fix: 'Nothing to do.',
});
