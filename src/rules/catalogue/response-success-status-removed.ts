import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-success-status-removed',
  class: 'breaking',
  subject: 'response',
  kind: 'status-removed',
  when: (c) => !!c.context.success,
  description: 'A success response status code was removed.',
  message: '{{operation}} no longer responds with status {{status}}: clients expecting it get another status.',
  why: 'Clients that handle this status specifically see something else.',
  fix: 'Keep the status, or deprecate the operation and add a new one.',
});
