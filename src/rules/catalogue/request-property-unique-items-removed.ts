import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-unique-items-removed',
  class: 'additive',
  subject: 'request-property',
  kind: 'unique-items-removed',
  description: 'The items of a request property no longer have to be unique.',
  message: '{{operation}}: the request property {{property}} no longer requires unique items.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});
