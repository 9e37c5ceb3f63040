import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-added-required',
  class: 'breaking',
  subject: 'request-body',
  kind: 'added',
  when: (c) => !!c.context.required,
  description: 'A required request body was added to an operation that had none.',
  message: '{{operation}} now requires a request body: existing clients send none.',
  why: 'Requests without a body are rejected.',
  fix: 'Make the body optional.',
});
