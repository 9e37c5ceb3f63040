import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-requirement-removed-still-satisfied',
  class: 'additive',
  subject: 'security',
  kind: 'security-requirement-removed',
  when: (c) => !!c.context.stillSatisfied,
  description: 'A security alternative was removed, but the same credentials still satisfy a remaining one.',
  message: '{{operation}} no longer lists {{requirement}}, but clients with those credentials still satisfy a remaining alternative.',
  why: 'Every client that authenticated before still meets a remaining requirement (e.g. fewer scopes or fewer schemes).',
  fix: 'Nothing to do.',
});
