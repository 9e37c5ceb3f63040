import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-default-value-changed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'default-value-changed',
  description: 'The default value of a request property changed (or was added or removed).',
  message: '{{operation}}: the request property {{property}} changed its default from {{from}} to {{to}}.',
  why: 'Clients that omit the value silently get different behaviour from the server.',
  fix: 'Keep the default; make the new behaviour opt-in with an explicit value.',
});
