import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-added-required-with-default',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'added',
  when: (c) => !!c.context.required && !!c.context.hasDefault,
  description: 'A new required request parameter that declares a schema default.',
  message: '{{operation}} now requires the {{in}} parameter {{parameter}}; its default does not apply to a required parameter, so existing clients that do not send it are rejected.',
  why: 'A default only applies when a parameter may be omitted; a required parameter must be sent, so old requests fail validation (oasdiff `new-required-request-default-parameter-to-existing-path`).',
  fix: 'Make the parameter optional (`required: false`) so its default applies to clients that do not send it.',
});
