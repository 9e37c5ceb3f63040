import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-non-success-status-removed',
  class: 'additive',
  subject: 'response',
  kind: 'status-removed',
  when: (c) => !c.context.success,
  description: 'An error response status code was removed.',
  message: '{{operation}} no longer documents the error status {{status}}.',
  why: 'Clients never have to handle this error again.',
  fix: 'Nothing to do.',
});
