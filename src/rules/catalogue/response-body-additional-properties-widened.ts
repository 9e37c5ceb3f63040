import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-additional-properties-widened',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-body',
  kind: 'additional-properties-widened',
  description: 'A response body admits more additional properties than before.',
  message: '{{operation}}: the response body (status {{status}}) admits more additional properties (from {{from}} to {{to}}).',
  why: 'Tolerant clients ignore unknown properties (the platform rule); clients that relied on the closed object fail, hence breaking under the strict profile.',
  fix: 'Tell client authors; make sure clients ignore unknown properties.',
});
