import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-became-read-only',
  class: 'breaking',
  subject: 'request-property',
  kind: 'property-became-read-only',
  description: 'A request property became `readOnly`: clients may no longer set it.',
  message: '{{operation}}: the request property {{property}} became read-only; the server no longer takes it from requests.',
  why: 'Clients that send the property to set a value are ignored or rejected: what they set no longer takes effect.',
  fix: 'Keep the property writable; add a new read-only property for the server-computed value.',
});
