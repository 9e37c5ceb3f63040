import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-added-required',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'added',
  when: (c) => !!c.context.required && !c.context.hasDefault,
  description: 'A new required request parameter.',
  message: '{{operation}} now requires the {{in}} parameter {{parameter}}: existing clients do not send it.',
  why: 'Requests from existing clients lack the parameter and are rejected.',
  fix: 'Make the parameter optional with a server-side default.',
});
