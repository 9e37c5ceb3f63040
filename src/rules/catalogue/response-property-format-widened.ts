import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-format-widened',
  class: 'breaking',
  subject: 'response-property',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'widened',
  description: 'The `format` of a response property was widened (e.g. int32 to int64).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) widened its format from {{from}} to {{to}}.',
  why: 'Clients that store the old format (e.g. a 32-bit integer) overflow or fail on wider values.',
  fix: 'Keep the format; return wider values in a new field.',
});
