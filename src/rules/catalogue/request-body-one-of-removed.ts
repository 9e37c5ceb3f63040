import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-one-of-removed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'one-of-removed',
  when: (c) => !c.context.stillCovered,
  description: 'A request body lost a `oneOf` variant.',
  message: '{{operation}}: the request body lost the oneOf variant {{variant}}.',
  why: 'Clients that send the removed variant are rejected.',
  fix: 'Keep accepting the variant; deprecate it first.',
});
