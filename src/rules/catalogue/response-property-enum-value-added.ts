import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-enum-value-added',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-property',
  kind: 'enum-value-added',
  description: 'The response property: a new enum value.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) has a new enum value {{value}}.',
  why: 'Clients must tolerate unknown enum values (platform rule); a strict profile makes this breaking.',
  fix: 'Tell client authors; make sure clients treat unknown values gracefully.',
});
