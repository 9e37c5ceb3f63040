import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-one-of-removed-still-covered',
  class: 'additive',
  subject: 'request-body',
  kind: 'one-of-removed',
  when: (c) => !!c.context.stillCovered,
  description: 'A request body lost a `oneOf` variant whose documented values a remaining variant still accepts.',
  message: '{{operation}}: the request body lost the oneOf variant {{variant}}, whose values another variant still accepts.',
  why: 'A remaining variant accepts every value of the removed one that uses only documented properties, so clients sending such values still match a variant.',
  fix: 'Nothing to do.',
});
