import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-discriminator-mapping-added',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-property',
  kind: 'discriminator-mapping-added',
  description: 'The discriminator of a response property maps a new value.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) maps the new discriminator value {{value}}.',
  why: 'Clients may receive a discriminator value they cannot map; tolerant clients skip it, strict ones fail, hence breaking under the strict profile.',
  fix: 'Tell client authors; make sure clients have a fallback for unknown values.',
});
