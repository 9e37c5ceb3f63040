import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-added-optional',
  class: 'additive',
  subject: 'request-body',
  kind: 'added',
  when: (c) => !c.context.required,
  description: 'An optional request body was added.',
  message: '{{operation}} accepts an optional request body.',
  why: 'Existing clients send no body and keep working.',
  fix: 'Nothing to do.',
});
