import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-default-value-changed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'default-value-changed',
  description: 'The default value of a request body changed (or was added or removed).',
  message: '{{operation}}: the request body changed its default from {{from}} to {{to}}.',
  why: 'Clients that omit the value silently get different behaviour from the server.',
  fix: 'Keep the default; make the new behaviour opt-in with an explicit value.',
});
