import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-media-type-specialized',
  class: 'breaking',
  subject: 'request-body',
  kind: 'media-type-specialized',
  description: 'A wildcard request media type was replaced by a narrower one (`application/*` to `application/json`).',
  message: '{{operation}} accepts request bodies only as {{to}} instead of {{mediaType}}: clients sending other types get 415.',
  why: 'Clients sending any other type the wildcard covered are now rejected.',
  fix: 'Keep the wildcard, or list every type clients use.',
});
