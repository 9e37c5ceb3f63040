import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-became-optional',
  class: 'breaking',
  subject: 'response-header',
  kind: 'became-optional',
  description: 'A required response header became optional.',
  message: '{{operation}}: the response header {{header}} of status {{status}} became optional; clients that read it may get nothing.',
  why: 'Clients rely on required headers being present (a `Location`, a rate limit) and fail when it is missing.',
  fix: 'Keep the header required, or deprecate it first.',
});
