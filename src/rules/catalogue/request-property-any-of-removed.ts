import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-any-of-removed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'any-of-removed',
  when: (c) => !c.context.stillCovered,
  description: 'A request property lost a `anyOf` variant.',
  message: '{{operation}}: the request property {{property}} lost the anyOf variant {{variant}}.',
  why: 'Clients that send the removed variant are rejected.',
  fix: 'Keep accepting the variant; deprecate it first.',
});
