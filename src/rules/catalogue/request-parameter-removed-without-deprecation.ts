import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-removed-without-deprecation',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'removed',
  when: (c) => !c.context.deprecated,
  description: 'A request parameter was removed without being deprecated first.',
  message: '{{operation}} no longer reads the {{in}} parameter {{parameter}}, which was not deprecated: clients sending it lose its effect or are rejected.',
  why: 'Clients still send the parameter; the server ignores or rejects it, silently changing behaviour.',
  fix: 'Deprecate the parameter with an `x-sunset` date first, then remove it after that date.',
});
