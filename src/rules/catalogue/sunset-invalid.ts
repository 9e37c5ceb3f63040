import { DEPRECATION_EVENTS, isSunsetDate, SUNSET_CHANGES, sunsetOf } from '../deprecation-policy.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'sunset-invalid',
  class: 'breaking',
  subject: SUNSET_CHANGES[0].subject,
  kind: SUNSET_CHANGES[0].kind,
  alsoJudges: [...SUNSET_CHANGES.slice(1), ...DEPRECATION_EVENTS],
  when: (change) => sunsetOf(change) !== '' && !isSunsetDate(sunsetOf(change)),
  description: 'A deprecated element in the revision was given an `x-sunset` that is not an RFC 3339 date.',
  message: '{{operation}}: a deprecated element has x-sunset "{{sunset}}", which is not an RFC 3339 date.',
  why: 'Clients and tools cannot tell when the element goes away, so the promised notice cannot be honoured.',
  fix: 'Write the sunset as `YYYY-MM-DD` (or an RFC 3339 date-time).',
});
