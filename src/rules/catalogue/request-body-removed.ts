import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-removed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'removed',
  description: 'The request body of an operation was removed.',
  message: '{{operation}} no longer reads a request body: what clients send is ignored or rejected.',
  why: 'Clients keep sending the body; the server drops it (silently changing behaviour) or rejects the request (oasdiff `request-body-removed`).',
  fix: 'Keep reading the body; deprecate the operation and add a new one without it.',
});
