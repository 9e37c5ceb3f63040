import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-additional-properties-widened',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-property',
  kind: 'additional-properties-widened',
  description: 'A response property admits more additional properties than before.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) admits more additional properties (from {{from}} to {{to}}).',
  why: 'Tolerant clients ignore unknown properties (the platform rule); clients that relied on the closed object fail, hence breaking under the strict profile.',
  fix: 'Tell client authors; make sure clients ignore unknown properties.',
});
