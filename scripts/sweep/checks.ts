// The checks run on one spec of the collection; each returns plain data for the parent to count.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareSpecs, InputError, type Finding } from '../../src/index.js';
import { loadSpec, type LoadedSpec } from '../../src/load/load-spec.js';
import type { FileSource } from '../../src/load/source.js';
import { REWRITES, rewrite, type RewriteName } from './rewrites.js';
import { inlineSchemas, reorderKeys, toReorderedYaml } from './variants.js';
import { checkAgreement } from './agreement.js';
import { compareVerdicts } from './verdicts.js';

/**
 * Larger specs are reformatted as key-reordered JSON rather than YAML: the YAML parser takes
 * minutes on the 20-47 MB specs, and the point (key order, layout) is made either way.
 */
const YAML_TEXT_LIMIT = 256 * 1024;

/** Fixed so that sunset verdicts do not drift between runs. */
const TODAY = '2026-06-15';

export type CheckName = 'load' | 'verdict' | 'self' | 'reformatted' | 'inlined' | RewriteName | 'release' | 'agreement';

/** Operations per API pair whose single-operation diff is checked against the full one (a seeded sample). */
const AGREEMENT_SAMPLE = 25;

export interface FindingSummary {
  ruleId: string;
  class: Finding['class'];
  message: string;
}

export type CheckResult =
  | { check: CheckName; outcome: 'ok'; findings: FindingSummary[]; note?: string; verdicts?: number }
  | { check: CheckName; outcome: 'disagreement'; verdicts: number; details: string[] }
  | { check: CheckName; outcome: 'agreement'; operations: number; mismatches: string[] }
  | { check: CheckName; outcome: 'refused'; reason: string }
  | { check: CheckName; outcome: 'skipped'; reason: string }
  | { check: CheckName; outcome: 'crash'; error: string };

/** One file, held in memory, under a folder of its own. */
function memorySource(file: string, text: string): FileSource {
  return {
    root: path.dirname(file),
    read: async (requested) => {
      if (requested !== file) throw new InputError('file not found', requested);
      return Buffer.from(text);
    },
  };
}

async function loadText(file: string, text: string, validate: boolean): Promise<LoadedSpec> {
  return loadSpec(file, memorySource(file, text), { validate });
}

/**
 * The rewritten document, loaded. The rewritten value itself is let go before the comparison: on the
 * largest specs (47 MB) holding it too leaves the worker collecting garbage for most of its time.
 */
async function loadRewrite(name: RewriteName, file: string, value: Record<string, unknown>): Promise<{ copy: LoadedSpec; count: number } | { skipped: string }> {
  const rewritten = rewrite(name, value);
  if ('skipped' in rewritten) return rewritten;
  return { copy: await loadText(file, JSON.stringify(rewritten.value), false), count: rewritten.count };
}

function summarise(base: LoadedSpec, revision: LoadedSpec): FindingSummary[] {
  const report = compareSpecs(base, revision, { today: TODAY, cwd: '/' });
  return report.changes.map((f) => ({ ruleId: f.ruleId, class: f.class, message: f.message }));
}

/** Runs `run` for one check, so the caller can time each check on its own. */
export type Stepper = <T>(check: CheckName, run: () => Promise<T>) => Promise<T>;

/** A check that throws something other than a refusal is a crash of that check alone. */
async function guarded(check: CheckName, step: Stepper, run: () => Promise<CheckResult>): Promise<CheckResult> {
  try {
    return await step(check, run);
  } catch (error) {
    if (error instanceof InputError) return { check, outcome: 'refused', reason: error.message };
    return { check, outcome: 'crash', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/**
 * Loads and validates the spec, compares the compiled OpenAPI 3.0 check with ajv on it (as written
 * and edited), then compares it with itself, with a reordered YAML copy, and with
 * a copy whose component schemas are inlined (both ways), and with each equivalent rewrite; `previous`, when given, is the same API
 * in the older release. The self and rewritten copies skip validation: their content is the same.
 */
export async function checkSpec(file: string, previous: string | undefined, step: Stepper): Promise<CheckResult[]> {
  const text = await readFile(file, 'utf8');
  let base: LoadedSpec | undefined;
  const load = await guarded('load', step, async () => {
    base = await loadText(file, text, true);
    return { check: 'load', outcome: 'ok', findings: [] };
  });
  if (!base) return [load];
  const loaded = base;
  const value = loaded.files.get(file)!.value as Record<string, unknown>;
  const results = [load];
  if (typeof value.openapi === 'string' && value.openapi.startsWith('3.0')) {
    results.push(
      await guarded('verdict', step, async () => {
        const { compared, disagreements } = compareVerdicts(path.basename(file), value);
        if (disagreements.length > 0) return { check: 'verdict', outcome: 'disagreement', verdicts: compared, details: disagreements };
        return { check: 'verdict', outcome: 'ok', findings: [], verdicts: compared };
      }),
    );
  }

  results.push(
    await guarded('self', step, async () => {
      const again = await loadText(file, text, false);
      return { check: 'self', outcome: 'ok', findings: summarise(loaded, again) };
    }),
  );
  results.push(
    await guarded('reformatted', step, async () => {
      const asYaml = text.length <= YAML_TEXT_LIMIT;
      const reformatted = asYaml
        ? await loadText(file.replace(/\.json$/, '.yaml'), toReorderedYaml(value), false)
        : await loadText(file, JSON.stringify(reorderKeys(value), null, 1), false);
      const note = asYaml ? 'yaml' : 'json';
      return { check: 'reformatted', outcome: 'ok', findings: summarise(loaded, reformatted), note };
    }),
  );
  results.push(
    await guarded('inlined', step, async () => {
      const inlined = inlineSchemas(value);
      if ('skipped' in inlined) return { check: 'inlined', outcome: 'skipped', reason: inlined.skipped };
      const copy = await loadText(file, JSON.stringify(inlined.value), false);
      const findings = [...summarise(loaded, copy), ...summarise(copy, loaded)];
      return { check: 'inlined', outcome: 'ok', findings, note: `${inlined.inlined} refs inlined` };
    }),
  );
  // Equivalent rewrites (single-entry unions, const/enum, 3.0 -> 3.1, parameters moved): no finding either way.
  for (const name of REWRITES) {
    results.push(
      await guarded(name, step, async () => {
        const rewritten = await loadRewrite(name, file, value);
        if ('skipped' in rewritten) return { check: name, outcome: 'skipped', reason: rewritten.skipped };
        const { copy, count } = rewritten;
        return { check: name, outcome: 'ok', findings: [...summarise(loaded, copy), ...summarise(copy, loaded)], note: `${count} rewritten` };
      }),
    );
  }
  if (previous !== undefined) {
    let old: LoadedSpec | undefined;
    results.push(
      await guarded('release', step, async () => {
        const oldText = await readFile(previous, 'utf8');
        if (oldText === text) return { check: 'release', outcome: 'skipped', reason: 'identical' };
        old = await loadText(file, oldText, true);
        return { check: 'release', outcome: 'ok', findings: summarise(old, loaded) };
      }),
    );
    const older = old;
    if (older) {
      results.push(
        await guarded('agreement', step, async () => {
          const seed = [...path.basename(file)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
          const result = checkAgreement(older, loaded, { today: TODAY, sample: AGREEMENT_SAMPLE, seed });
          const mismatches = result.mismatches.map((m) => `${m.operation}: ${m.missing.length} only alone, ${m.extra.length} only in the full diff; ${[...m.missing, ...m.extra][0]}`);
          return { check: 'agreement', outcome: 'agreement', operations: result.checked, mismatches };
        }),
      );
    }
  }
  return results;
}
