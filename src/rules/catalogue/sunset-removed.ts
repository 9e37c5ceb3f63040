import { JUDGES_SUNSET_CHANGES } from '../deprecation-policy.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'sunset-removed',
  class: 'breaking',
  ...JUDGES_SUNSET_CHANGES,
  when: (change) => change.data.from !== '' && change.data.to === '',
  description: 'A deprecated element lost its `x-sunset` date while staying deprecated.',
  message: '{{operation}}: a deprecated element lost its x-sunset date {{from}}.',
  why: 'Clients planned their migration with the announced date; without it nobody knows how long the element stays, and it could be removed at any time.',
  fix: 'Keep the `x-sunset` date, or move it later; never drop it from an element that stays deprecated.',
});
