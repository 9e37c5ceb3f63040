import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfigFile, parseConfig } from '../src/config/load-config.js';
import { CONFIG_TEMPLATE } from '../src/config/template.js';
import { appendAcceptances } from '../src/config/append-accept.js';
import { nearest } from '../src/config/suggest.js';

function errorOf(text: string): string {
  try {
    parseConfig(text, 'apicompat.config.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).describe();
  }
  throw new Error('no error');
}

describe('parseConfig', () => {
  it('accepts every key, top-level and per service', () => {
    const text = [
      'failOn: deprecation',
      'compatibility: full',
      'profile: strict',
      'rules:',
      '  operation-added: off',
      'deprecation: { minDays: 90, requireSunset: true }',
      'accept:',
      '  - rule: operation-removed-without-deprecation',
      '    operation: DELETE /items/{id}',
      '    pointer: /paths/~1items~1{id}/delete',
      '    reason: nobody calls it',
      '    expires: 2027-03-01',
      'services:',
      '  billing:',
      '    failOn: never',
      '    compatibility: forward',
      '',
    ].join('\n');
    expect(parseConfig(text, 'c.yaml')).toEqual({
      failOn: 'deprecation',
      compatibility: 'full',
      profile: 'strict',
      rules: { 'operation-added': 'off' },
      deprecation: { minDays: 90, requireSunset: true },
      accept: [
        { rule: 'operation-removed-without-deprecation', operation: 'DELETE /items/{id}', pointer: '/paths/~1items~1{id}/delete', reason: 'nobody calls it', expires: '2027-03-01' },
      ],
      services: { billing: { failOn: 'never', compatibility: 'forward' } },
    });
  });

  it('reads JSON and an empty file', () => {
    expect(parseConfig('{"failOn": "never"}', 'c.json')).toEqual({ failOn: 'never' });
    expect(parseConfig('# nothing yet\n', 'c.yaml')).toEqual({});
  });

  it('names the file, the line and the key, with a suggestion', () => {
    expect(errorOf('failOn: breaking\nprofil: strict\n')).toBe('apicompat.config.yaml:2: unknown key "profil" (did you mean "profile"?)');
    expect(errorOf('deprecation:\n  minDays: 3\n  requireSunst: true\n')).toBe('apicompat.config.yaml:3: unknown key "requireSunst" in deprecation (did you mean "requireSunset"?)');
    expect(errorOf('color: red\n')).toBe('apicompat.config.yaml:1: unknown key "color" (allowed: failOn, compatibility, profile, strict, rules, deprecation, accept, services, specs)');
    expect(errorOf('specs:\n  - docs/openapi.yaml\n  - path: a.yaml\n    nam: x\n')).toBe('apicompat.config.yaml:3: specs[1] must be a path or glob, or {path, name}');
    expect(errorOf('specs: docs/openapi.yaml\n')).toBe('apicompat.config.yaml:1: specs must be array');
    expect(errorOf('services:\n  billing:\n    failon: never\n')).toBe('apicompat.config.yaml:3: unknown key "failon" in services.billing (did you mean "failOn"?)');
  });

  it('rejects an unknown rule id and suggests the nearest', () => {
    expect(errorOf('rules:\n  operation-added: off\n  operation-removed-without-deprecaton: additive\n')).toBe(
      'apicompat.config.yaml:3: unknown rule id "operation-removed-without-deprecaton" in rules (did you mean "operation-removed-without-deprecation"?)',
    );
    expect(errorOf('accept:\n  - rule: operation-add\n    reason: r\n    expires: 2027-01-01\n')).toBe(
      'apicompat.config.yaml:2: unknown rule id "operation-add" in accept[0].rule (did you mean "operation-added"?)',
    );
  });

  it('rejects bad values', () => {
    expect(errorOf('failOn: brekaing\n')).toBe('apicompat.config.yaml:1: failOn must be one of breaking, deprecation, additive, never (did you mean "breaking"?)');
    expect(errorOf('rules:\n  operation-added: warn\n')).toBe('apicompat.config.yaml:2: rules.operation-added must be one of breaking, deprecation, additive, off');
    expect(errorOf('deprecation:\n  minDays: -1\n')).toBe('apicompat.config.yaml:2: deprecation.minDays must be >= 0');
    expect(errorOf('accept:\n  - rule: operation-added\n    reason: r\n')).toBe('apicompat.config.yaml:2: accept[0] misses the required key "expires"');
    expect(errorOf('accept:\n  - rule: operation-added\n    reason: ""\n    expires: 2027-01-01\n')).toBe('apicompat.config.yaml:3: accept[0].reason must not be empty');
    expect(errorOf('accept:\n  - rule: operation-added\n    reason: r\n    expires: 2027-02-30\n')).toBe(
      'apicompat.config.yaml:4: accept[0].expires must be a date as YYYY-MM-DD (got "2027-02-30")',
    );
    expect(errorOf('accept:\n  - rule: operation-added\n    operation: /items\n    reason: r\n    expires: 2027-01-01\n')).toBe(
      'apicompat.config.yaml:3: accept[0].operation must be a method and a path, e.g. "DELETE /items/{id}"',
    );
  });

  it('reports YAML syntax errors with their line', () => {
    expect(errorOf('failOn: breaking\nrules: [\n')).toMatch(/^apicompat\.config\.yaml:3: /);
  });

  it('accepts what `apicompat init` writes', () => {
    expect(parseConfig(CONFIG_TEMPLATE, 'apicompat.config.yaml')).toEqual({ failOn: 'breaking', compatibility: 'backward', profile: 'default', strict: false, rules: {}, accept: [] });
  });
});

describe('findConfigFile', () => {
  it('walks up to the repository root and no further', () => {
    const outer = mkdtempSync(path.join(tmpdir(), 'apicompat-config-'));
    const repo = path.join(outer, 'repo');
    const deep = path.join(repo, 'a', 'b');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(outer, 'apicompat.config.yaml'), 'failOn: never\n');
    expect(findConfigFile(deep)).toBeUndefined();
    writeFileSync(path.join(repo, 'apicompat.config.json'), '{}');
    expect(findConfigFile(deep)).toBe(path.join(repo, 'apicompat.config.json'));
    writeFileSync(path.join(repo, 'a', 'apicompat.config.yaml'), '{}');
    expect(findConfigFile(deep)).toBe(path.join(repo, 'a', 'apicompat.config.yaml'));
  });
});

describe('appendAcceptances', () => {
  const entry = { rule: 'operation-added', operation: 'GET /items', reason: 'fine', expires: '2027-01-01' };

  it('keeps comments and turns an empty flow list into a block list', () => {
    const text = '# policy\nfailOn: breaking # the default\naccept: []\n';
    expect(appendAcceptances(text, [entry], false)).toBe(
      '# policy\nfailOn: breaking # the default\naccept:\n  - rule: operation-added\n    operation: GET /items\n    reason: fine\n    expires: 2027-01-01\n',
    );
  });

  it('appends to an existing list and to JSON', () => {
    const text = 'accept:\n  # first\n  - rule: operation-deprecated\n    reason: r\n    expires: 2027-01-01\n';
    expect(appendAcceptances(text, [entry], false)).toBe(`${text}  - rule: operation-added\n    operation: GET /items\n    reason: fine\n    expires: 2027-01-01\n`);
    expect(JSON.parse(appendAcceptances('{"failOn": "never"}', [entry], true))).toEqual({ failOn: 'never', accept: [entry] });
  });
});

describe('nearest', () => {
  it('prefers ids that contain a fragment, else the smallest edit distance', () => {
    expect(nearest('operation-remove', ['operation-added', 'operation-removed-before-sunset'])).toBe('operation-removed-before-sunset');
    expect(nearest('opertion-added', ['operation-added', 'operation-deprecated'])).toBe('operation-added');
    expect(nearest('x', [])).toBeUndefined();
  });
});
