import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-enum-value-added',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-body',
  kind: 'enum-value-added',
  description: 'The response body: a new enum value.',
  message: '{{operation}}: the response body (status {{status}}) has a new enum value {{value}}.',
  why: 'Clients must tolerate unknown enum values (platform rule); a strict profile makes this breaking.',
  fix: 'Tell client authors; make sure clients treat unknown values gracefully.',
});
