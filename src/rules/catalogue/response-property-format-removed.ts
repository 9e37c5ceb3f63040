import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-format-removed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'format-removed',
  description: 'A response property lost its `format`.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lost its format {{from}}.',
  why: 'Clients that parse the format (dates, UUIDs, 32-bit integers) fail on values that no longer follow it.',
  fix: 'Keep the format in responses.',
});
