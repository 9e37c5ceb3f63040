import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-unique-items-removed',
  class: 'additive',
  subject: 'request-body',
  kind: 'unique-items-removed',
  description: 'The items of a request body no longer have to be unique.',
  message: '{{operation}}: the request body no longer requires unique items.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});
