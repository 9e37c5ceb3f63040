import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../src/index.js';
import { FIXTURE_TODAY, ROOT } from './support/fixtures.js';

// Rewrites that describe the same API must report nothing. Each pair also gets a control: the
// same rewrite plus one real breaking edit, which must be found, so an empty list is not blindness.
const EQUIVALENCE = path.join(ROOT, 'fixtures/equivalence');

interface Case {
  name: string;
  what: string;
  revision: string;
  control: { from: string; to: string; findings: string[] };
}

const CASES: Case[] = [
  {
    name: 'allof-split',
    what: 'a schema split into allOf parts with the same merged result',
    revision: 'revision.yaml',
    control: {
      from: 'required: [quantity]',
      to: 'required: [quantity, note]',
      findings: ['request-property-became-required breaking', 'response-property-became-required additive'],
    },
  },
  {
    name: 'inline-to-components',
    what: 'inline parameters, bodies, responses and schemas moved into components',
    revision: 'revision.yaml',
    control: { from: 'enum: [name, email]', to: 'enum: [name]', findings: ['request-parameter-enum-value-removed breaking'] },
  },
  {
    name: 'nullable-to-type-array',
    what: '3.0 `nullable: true` rewritten as a 3.1 type array with "null"',
    revision: 'revision.yaml',
    control: {
      from: 'type: [string, "null"]\n      requestBody',
      to: 'type: string\n      requestBody',
      findings: ['request-parameter-became-not-nullable breaking'],
    },
  },
  {
    name: 'yaml-to-json',
    what: 'a Swagger 2.0 document converted from YAML to JSON with every key order reversed',
    revision: 'revision.json',
    control: {
      from: '"cat",\n            "dog"',
      to: '"cat"',
      findings: [
        'request-property-enum-value-removed breaking',
        'response-property-enum-value-removed additive',
        'response-property-enum-value-removed additive',
      ],
    },
  },
  {
    name: 'renamed-path-parameter',
    what: 'path parameters renamed (path-level and operation-level)',
    revision: 'revision.yaml',
    control: {
      from: '        - name: lang\n          in: query\n',
      to: '        - name: lang\n          in: query\n          required: true\n',
      findings: ['request-parameter-became-required breaking'],
    },
  },
  {
    name: 'ref-spellings',
    what: 'a $ref through another $ref, and additionalProperties as a $ref to the empty schema, written inline',
    revision: 'revision.yaml',
    control: {
      from: '                  id:\n                    type: string\n',
      to: '                  id:\n                    type: integer\n',
      findings: ['response-property-type-changed breaking'],
    },
  },
  {
    name: 'openapi-3.2',
    what: 'a 3.1 contract written as 3.2: $self, tags with kind, parent and summary, components.mediaTypes',
    revision: 'revision.yaml',
    // Inside a Media Type Object that is a `$ref` target: the request body is read through it.
    control: {
      from: 'NewPet:\n      schema:\n        $ref: "openapi.yaml#/components/schemas/NewPet"',
      to: 'NewPet:\n      schema:\n        $ref: "openapi.yaml#/components/schemas/Pet"',
      findings: ['new-required-request-property breaking'],
    },
  },
  {
    name: 'const-and-wrapped-any',
    what: '`enum: [x]` as `const: x` (null and an enum cut down by an allOf part), an empty additionalProperties schema wrapped in allOf',
    revision: 'revision.yaml',
    control: {
      from: "              - $ref: '#/components/schemas/Anything'\n",
      to: "              - $ref: '#/components/schemas/Anything'\n              - type: string\n",
      findings: ['request-property-additional-properties-narrowed breaking'],
    },
  },
  {
    name: 'ref-siblings',
    what: '3.1 keywords beside a $ref written as an allOf part beside it, and annotations beside a $ref dropped',
    revision: 'revision.yaml',
    control: {
      from: 'maxLength: 20',
      to: 'maxLength: 10',
      findings: ['request-property-max-length-decreased breaking', 'response-property-max-length-decreased additive'],
    },
  },
];

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('equivalent rewrites report nothing', () => {
  it.each(CASES)('$name: $what', async ({ name, revision }) => {
    const report = await compare('base.yaml', revision, { cwd: path.join(EQUIVALENCE, name), today: FIXTURE_TODAY });
    expect(report.changes).toEqual([]);
  });

  it.each(CASES)('$name, read the other way', async ({ name, revision }) => {
    const report = await compare(revision, 'base.yaml', { cwd: path.join(EQUIVALENCE, name), today: FIXTURE_TODAY });
    expect(report.changes).toEqual([]);
  });
});

describe('the same rewrites with one breaking edit are still caught', () => {
  it.each(CASES)('$name', async ({ name, revision, control }) => {
    const source = path.join(EQUIVALENCE, name);
    const text = readFileSync(path.join(source, revision), 'utf8');
    expect(text).toContain(control.from);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'apicompat-equivalence-'));
    scratch.push(dir);
    copyFileSync(path.join(source, 'base.yaml'), path.join(dir, 'base.yaml'));
    writeFileSync(path.join(dir, revision), text.replace(control.from, control.to));
    const report = await compare('base.yaml', revision, { cwd: dir, today: FIXTURE_TODAY });
    expect(report.changes.map((f) => `${f.ruleId} ${f.class}`)).toEqual(control.findings);
  });
});

describe('the same contract in every version compares as the same, both ways', () => {
  const folder = path.join(EQUIVALENCE, 'openapi-3.2');
  const versions = ['swagger-2.0.yaml', 'openapi-3.0.yaml', 'base.yaml', 'revision.yaml'];
  const pairs = versions.flatMap((a, i) => versions.slice(i + 1).flatMap((b) => [[a, b], [b, a]]));
  it.each(pairs)('%s -> %s', async (base, revision) => {
    const report = await compare(base, revision, { cwd: folder, today: FIXTURE_TODAY, strict: true });
    expect(report.changes).toEqual([]);
  });
});
