import type { Finding, Report } from '../../src/types.js';
import { reportOf } from './report-of.js';

function finding(service: string, cls: Finding['class'], path: string, message: string): Finding {
  return {
    id: `${service}-${cls}`,
    ruleId: cls === 'breaking' ? 'operation-removed-without-deprecation' : 'operation-added',
    class: cls,
    forward: cls === 'additive' ? 'breaking' : 'compatible',
    direction: 'none',
    message,
    data: {},
    service,
    operation: { method: 'GET', path },
    base: { file: `api-surface/${service}/openapi.yaml`, pointer: '/paths', line: 5 },
    revision: { file: `api-surface/${service}/openapi.yaml`, pointer: '/paths', line: 6 },
  };
}

/** A `check`-like report: two named services, one with a hostile name in a message. */
export function twoServices(): Report {
  return reportOf(
    [
      finding('orders', 'breaking', '/orders/{id}', 'GET /orders/{id} was removed <script>alert(1)</script> & "more".'),
      finding('users', 'additive', '/users', 'GET /users was added.'),
    ],
    [
      { name: 'orders', baseVersion: '1.2.0', revisionVersion: '1.2.0' },
      { name: 'users', baseVersion: '0.3.0', revisionVersion: '0.4.0' },
    ],
  );
}
