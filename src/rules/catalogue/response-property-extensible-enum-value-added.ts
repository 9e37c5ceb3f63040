import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-extensible-enum-value-added',
  class: 'additive',
  subject: 'response-property',
  kind: 'enum-value-added',
  when: (c) => !!c.context.extensible,
  description: 'A response property with an `x-extensible-enum` admits a new value.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) has a new value {{value}} in its extensible enum.',
  why: 'The enum is declared open (`x-extensible-enum`): clients promised to handle unknown values, so this stays additive even under the strict profile.',
  fix: 'Nothing to do.',
});
