import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-became-required',
  class: 'additive',
  subject: 'response-header',
  kind: 'became-required',
  description: 'An optional response header became required (always sent).',
  message: '{{operation}}: the response header {{header}} of status {{status}} is now always sent.',
  why: 'Clients already handle the header when present; now it always is.',
  fix: 'Nothing to do.',
});
