import { defineRule, sunsetInFuture } from '../rule.js';

export default defineRule({
  id: 'request-parameter-removed-before-sunset',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'removed',
  when: (c, ctx) => !!c.context.deprecated && sunsetInFuture(c.context.sunset, ctx.today),
  description: 'A deprecated request parameter was removed before its sunset date.',
  message: '{{operation}} removed the deprecated {{in}} parameter {{parameter}} before its sunset date {{sunset}}.',
  why: 'Clients were promised the parameter until its sunset date.',
  fix: 'Keep the parameter until the `x-sunset` date has passed.',
});
