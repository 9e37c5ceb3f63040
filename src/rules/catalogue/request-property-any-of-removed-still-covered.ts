import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-any-of-removed-still-covered',
  class: 'additive',
  subject: 'request-property',
  kind: 'any-of-removed',
  when: (c) => !!c.context.stillCovered,
  description: 'A request property lost an `anyOf` variant whose documented values a remaining variant still accepts.',
  message: '{{operation}}: the request property {{property}} lost the anyOf variant {{variant}}, whose values another variant still accepts.',
  why: 'A value valid against any one `anyOf` variant is accepted, and a remaining variant accepts every value of the removed one that uses only documented properties.',
  fix: 'Nothing to do.',
});
