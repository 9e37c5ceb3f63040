import { isSunsetDate, JUDGES_SUNSET_CHANGES } from '../deprecation-policy.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'sunset-moved-earlier',
  class: 'breaking',
  ...JUDGES_SUNSET_CHANGES,
  when: (change) => {
    const { from, to } = change.data;
    return typeof from === 'string' && typeof to === 'string' && isSunsetDate(from) && isSunsetDate(to) && Date.parse(to) < Date.parse(from);
  },
  description: 'The `x-sunset` date of a deprecated element was moved earlier.',
  message: '{{operation}}: the x-sunset date of a deprecated element moved earlier, from {{from}} to {{to}}.',
  why: 'Clients planned their migration with the announced date; an earlier one can remove the element before they are ready.',
  fix: 'Keep the announced date or move it later.',
});
