import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-additional-properties-narrowed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'additional-properties-narrowed',
  description: 'A request body admits fewer additional properties than before.',
  message: '{{operation}}: the request body admits fewer additional properties (from {{from}} to {{to}}).',
  why: 'Clients that send extra properties are rejected.',
  fix: 'Keep accepting (and ignoring) unknown properties.',
});
