import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-enum-value-added',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-header',
  kind: 'enum-value-added',
  description: 'The response header: a new enum value.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) has a new enum value {{value}}.',
  why: 'Clients must tolerate unknown enum values (platform rule); a strict profile makes this breaking.',
  fix: 'Tell client authors; make sure clients treat unknown values gracefully.',
});
