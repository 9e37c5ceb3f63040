import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-additional-properties-narrowed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'additional-properties-narrowed',
  description: 'A request property admits fewer additional properties than before.',
  message: '{{operation}}: the request property {{property}} admits fewer additional properties (from {{from}} to {{to}}).',
  why: 'Clients that send extra properties are rejected.',
  fix: 'Keep accepting (and ignoring) unknown properties.',
});
