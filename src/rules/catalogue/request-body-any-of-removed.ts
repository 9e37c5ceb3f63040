import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-any-of-removed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'any-of-removed',
  when: (c) => !c.context.stillCovered,
  description: 'A request body lost a `anyOf` variant.',
  message: '{{operation}}: the request body lost the anyOf variant {{variant}}.',
  why: 'Clients that send the removed variant are rejected.',
  fix: 'Keep accepting the variant; deprecate it first.',
});
