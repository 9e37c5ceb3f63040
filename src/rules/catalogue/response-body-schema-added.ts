import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-schema-added',
  class: 'additive',
  subject: 'response-body',
  kind: 'schema-added',
  description: 'A response media type that had no schema now has one.',
  message: '{{operation}}: responses {{status}} as {{mediaType}} now have a schema.',
  why: 'Clients had to accept any body before; a schema only documents what they get.',
  fix: 'Nothing to do.',
});
