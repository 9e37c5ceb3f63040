import { describe, expect, it } from 'vitest';
import { discoverServices, neededBy } from '../src/check/services.js';

describe('discoverServices', () => {
  it('finds each folder with an entry document, preferring openapi.yaml, then .yml, then .json', () => {
    const paths = ['README.md', 'users/openapi.yaml', 'users/openapi.json', 'billing/openapi.json', 'auth/openapi.yml', 'auth/openapi.json', 'shared/common.yaml', 'users/schemas/user.yaml'];
    expect([...discoverServices(paths)]).toEqual([
      ['auth', 'auth/openapi.yml'],
      ['billing', 'billing/openapi.json'],
      ['users', 'users/openapi.yaml'],
    ]);
  });

  it('ignores entry documents nested deeper or at the top of the surface', () => {
    expect([...discoverServices(['openapi.yaml', 'group/users/openapi.yaml', 'shared/openapi-common.yaml'])]).toEqual([]);
  });

  it('takes other entry names when configured', () => {
    expect([...discoverServices(['users/api.yaml', 'users/openapi.yaml'], ['api.yaml'])]).toEqual([['users', 'users/api.yaml']]);
  });
});

describe('neededBy', () => {
  const all = new Map([
    ['users', 'users/openapi.yaml'],
    ['billing', 'billing/openapi.yaml'],
  ]);
  it('keeps the selected services and every shared folder, drops the other services', () => {
    const selected = new Set(['users']);
    expect(['users/openapi.yaml', 'billing/openapi.yaml', 'shared/common.yaml', 'README.md'].filter((f) => neededBy(f, selected, all))).toEqual([
      'users/openapi.yaml',
      'shared/common.yaml',
      'README.md',
    ]);
  });
});
