import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-added-optional',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'added',
  when: (c) => !c.context.required,
  description: 'A new optional request parameter.',
  message: '{{operation}} accepts a new optional {{in}} parameter {{parameter}}.',
  why: 'Existing clients do not send it and keep working.',
  fix: 'Nothing to do.',
});
