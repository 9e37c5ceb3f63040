import { defineRule, sunsetInFuture } from '../rule.js';

export default defineRule({
  id: 'request-parameter-removed-after-deprecation',
  class: 'deprecation',
  subject: 'request-parameter',
  kind: 'removed',
  when: (c, ctx) => !!c.context.deprecated && !sunsetInFuture(c.context.sunset, ctx.today),
  description: 'A deprecated request parameter was removed.',
  message: '{{operation}} removed the deprecated {{in}} parameter {{parameter}}.',
  why: 'Clients were warned by the deprecation.',
  fix: 'Nothing to do; mention it in the release notes.',
});
