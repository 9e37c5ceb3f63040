import { defineRule } from '../rule.js';

export default defineRule({
  id: 'operation-reactivated',
  class: 'additive',
  subject: 'operation',
  kind: 'reactivated',
  description: 'A deprecated operation is no longer deprecated.',
  message: '{{operation}} is no longer deprecated.',
  why: 'Clients may keep using it.',
  fix: 'Nothing to do.',
});
