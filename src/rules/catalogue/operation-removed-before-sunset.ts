import { defineRule, sunsetInFuture } from '../rule.js';

export default defineRule({
  id: 'operation-removed-before-sunset',
  class: 'breaking',
  subject: 'operation',
  kind: 'removed',
  when: (c, ctx) => !!c.context.deprecated && sunsetInFuture(c.context.sunset, ctx.today),
  description: 'A deprecated operation was removed before its sunset date.',
  message: '{{operation}} was removed before its sunset date {{sunset}}: clients were promised it until then.',
  why: 'Clients were told the operation stays until its sunset date and may still call it.',
  fix: 'Keep the operation until the `x-sunset` date has passed.',
});
