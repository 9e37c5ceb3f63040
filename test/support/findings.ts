import type { Finding } from '../../src/types.js';

/** The removal of a shared schema's property `secret`, as the operation GET `path` sees it. */
export function secretRemoval(id: string, path: string, extra: Partial<Finding> = {}): Finding {
  return {
    id,
    ruleId: 'response-optional-property-removed',
    class: 'breaking',
    forward: 'compatible',
    direction: 'response',
    message: `GET ${path}: the response property secret (status 200) was removed without deprecation.`,
    data: { property: 'secret', status: '200' },
    operation: { method: 'GET', path },
    base: { file: 'base.json', pointer: '/components/schemas/App/properties/secret', line: 1, column: 812 },
    revision: { file: 'revision.json', pointer: '/components/schemas/App', line: 1, column: 640 },
    ...extra,
  };
}
