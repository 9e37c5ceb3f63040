import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { inlineSchemas, reorderKeys } from '../scripts/sweep/variants.js';
import { compareDocs, describeFindings, documentArb, operations, requestSchema, responseSchema, severity, type Doc } from './property-support.js';

// Properties over generated OpenAPI 3.0 documents and edits. 200 cases each, seeds printed on failure.
const RUNS = { numRuns: 200 };
/** 200 cases take a few seconds alone, far longer on a machine busy with other work. */
const SLOW = { timeout: 180_000 };
type Obj = Record<string, unknown>;

/** An edit of a document; it names its target by path and method, and does nothing when that is gone. */
type Edit = { name: string; apply: (doc: Doc) => void };

const opAt = (doc: Doc, path: string, method: string) => ((doc.paths as Obj)[path] as Obj | undefined)?.[method] as Obj | undefined;

function addOptionalRequestProperty(path: string, method: string): Edit {
  return {
    name: `add optional request property to ${method} ${path}`,
    apply: (doc) => {
      const op = opAt(doc, path, method);
      const schema = op && requestSchema(doc, op);
      if (schema) (schema.properties as Obj).note = { type: 'string' };
    },
  };
}

const addOperation: Edit = {
  name: 'add operation GET /reports',
  apply: (doc) => {
    (doc.paths as Obj)['/reports'] = { get: { operationId: 'getReports', responses: { '200': { description: 'ok' } } } };
  },
};

/**
 * The property is chosen in the document the edit is made for, not when it is applied: applied
 * after another edit, "property #n" would otherwise be another property (one the other edit added).
 */
function removeResponseProperty(path: string, method: string, pick: number, doc: Doc): Edit {
  const op = opAt(doc, path, method);
  const names = op ? Object.keys(responseSchema(doc, op).properties as Obj) : [];
  const name = names[pick % names.length];
  return {
    name: `remove response property ${name} of ${method} ${path}`,
    apply: (target) => {
      const op = opAt(target, path, method);
      if (!op) return;
      const schema = responseSchema(target, op);
      delete (schema.properties as Obj)[name];
      if (Array.isArray(schema.required)) {
        schema.required = schema.required.filter((r) => r !== name);
        if ((schema.required as string[]).length === 0) delete schema.required;
      }
    },
  };
}

function removeOperation(path: string, method: string): Edit {
  return { name: `remove ${method} ${path}`, apply: (doc) => void delete ((doc.paths as Obj)[path] as Obj | undefined)?.[method] };
}

function deprecateOperation(path: string, method: string): Edit {
  return {
    name: `deprecate ${method} ${path}`,
    apply: (doc) => {
      const op = opAt(doc, path, method);
      if (op) op.deprecated = true;
    },
  };
}

/** A document and an edit of one of its operations (chosen from the document itself). */
function withEdit(make: (path: string, method: string, pick: number, doc: Doc) => Edit, filter: (doc: Doc, op: Obj) => boolean = () => true) {
  return documentArb.chain((doc) => {
    const candidates = operations(doc).filter(([, , op]) => filter(doc, op));
    if (candidates.length === 0) return fc.constant({ doc, edit: addOperation });
    return fc.tuple(fc.constantFrom(...candidates), fc.nat(7)).map(([[path, method], pick]) => ({ doc, edit: make(path, method, pick, doc) }));
  });
}

function edited(doc: Doc, ...edits: Edit[]): Doc {
  const copy = structuredClone(doc);
  for (const edit of edits) edit.apply(copy);
  return copy;
}

/** Any edit the generator knows, aimed at one of the document's operations. */
function anyEdit(doc: Doc): fc.Arbitrary<Edit> {
  const ops = operations(doc).map(([path, method]) => [path, method] as const);
  const target = fc.constantFrom(...ops);
  return fc.oneof(
    fc.constant(addOperation),
    target.map(([p, m]) => addOptionalRequestProperty(p, m)),
    fc.tuple(target, fc.nat(7)).map(([[p, m], pick]) => removeResponseProperty(p, m, pick, doc)),
    target.map(([p, m]) => removeOperation(p, m)),
    target.map(([p, m]) => deprecateOperation(p, m)),
  );
}

describe('properties of generated documents', () => {
  it('a document compared with itself gives no finding', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        expect(describeFindings(await compareDocs(doc, structuredClone(doc)))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('key order and YAML-vs-JSON never matter', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        expect(describeFindings(await compareDocs(doc, reorderKeys(doc) as Doc))).toEqual([]);
        expect(describeFindings(await compareDocs(doc, stringify(reorderKeys(doc))))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('$ref versus the same schema inline never matters, either way', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const inlined = inlineSchemas(doc);
        if ('skipped' in inlined) return;
        expect(describeFindings(await compareDocs(doc, inlined.value as Doc))).toEqual([]);
        expect(describeFindings(await compareDocs(inlined.value as Doc, doc))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('adding an optional request property is never breaking', SLOW, async () => {
    const arb = withEdit(addOptionalRequestProperty, (doc, op) => requestSchema(doc, op) !== undefined);
    await fc.assert(
      fc.asyncProperty(arb, async ({ doc, edit }) => {
        const findings = await compareDocs(doc, edited(doc, edit));
        expect(findings.length).toBeGreaterThan(0);
        expect(describeFindings(findings.filter((f) => f.class === 'breaking'))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('adding an operation is never breaking', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const findings = await compareDocs(doc, edited(doc, addOperation));
        expect(findings.map((f) => `${f.ruleId} ${f.class}`)).toEqual(['operation-added additive']);
      }),
      RUNS,
    );
  });

  it('removing a response property is always breaking', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(withEdit(removeResponseProperty), async ({ doc, edit }) => {
        const findings = await compareDocs(doc, edited(doc, edit));
        expect(findings.some((f) => f.class === 'breaking' && f.ruleId.startsWith('response-')), describeFindings(findings).join('\n')).toBe(true);
      }),
      RUNS,
    );
  });

  it('removing an operation is always breaking', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(withEdit(removeOperation), async ({ doc, edit }) => {
        const findings = await compareDocs(doc, edited(doc, edit));
        expect(findings.map((f) => `${f.ruleId} ${f.class}`)).toEqual(['operation-removed-without-deprecation breaking']);
      }),
      RUNS,
    );
  });

  it('never throws on two valid documents, however unrelated', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, documentArb, async (a, b) => {
        const findings = await compareDocs(a, b, true);
        expect(Array.isArray(findings)).toBe(true);
      }),
      RUNS,
    );
  });

  it('a composed edit is at least as severe as its worst part', SLOW, async () => {
    const arb = documentArb.chain((doc) => fc.tuple(fc.constant(doc), anyEdit(doc), anyEdit(doc)));
    await fc.assert(
      fc.asyncProperty(arb, async ([doc, first, second]) => {
        const alone = Math.max(severity(await compareDocs(doc, edited(doc, first))), severity(await compareDocs(doc, edited(doc, second))));
        const both = await compareDocs(doc, edited(doc, first, second));
        expect(severity(both), `${first.name} + ${second.name}:\n${describeFindings(both).join('\n')}`).toBeGreaterThanOrEqual(alone);
      }),
      RUNS,
    );
  });
});
