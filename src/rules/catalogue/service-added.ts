import { defineRule } from '../rule.js';

export default defineRule({
  id: 'service-added',
  class: 'additive',
  subject: 'service',
  kind: 'added',
  description: 'A new service: a folder of the API surface with an entry document that was not there before.',
  message: 'Service {{service}} was added.',
  why: 'A new service has no clients yet, so nothing that worked before can break.',
  fix: 'Nothing to do.',
});
