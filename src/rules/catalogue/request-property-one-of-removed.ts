import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-one-of-removed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'one-of-removed',
  when: (c) => !c.context.stillCovered,
  description: 'A request property lost a `oneOf` variant.',
  message: '{{operation}}: the request property {{property}} lost the oneOf variant {{variant}}.',
  why: 'Clients that send the removed variant are rejected.',
  fix: 'Keep accepting the variant; deprecate it first.',
});
