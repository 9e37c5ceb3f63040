import { defineRule } from '../rule.js';

export default defineRule({
  id: 'service-removed',
  class: 'breaking',
  subject: 'service',
  kind: 'removed',
  description: 'A service was removed from the API surface (its folder or its entry document is gone).',
  message: 'Service {{service}} was removed: every client of its operations fails.',
  why: 'Every operation of the service disappears at once, without the deprecation period the platform promises.',
  fix: 'Restore the service; deprecate its operations with an `x-sunset` date first and remove the service after the last sunset. If the folder was only renamed, the new name is a new service: keep the old one until clients have moved.',
});
