// Single-operation agreement on one pair (`npm run agree -- BASE REVISION [--sample N] [--seed S]`):
// for every operation, the full diff's findings equal those of the two documents cut down to it.
// Prints each mismatch; exits 1 when there is one, 2 when a document cannot be read.
import path from 'node:path';
import { InputError } from '../src/index.js';
import { loadSpec } from '../src/load/load-spec.js';
import { fileSystemSource } from '../src/load/source.js';
import { checkAgreement } from './sweep/agreement.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const sampleText = flag('--sample');
const seed = Number(flag('--seed') ?? 0);
if (args.length !== 2) {
  console.error('usage: npm run agree -- BASE REVISION [--sample N] [--seed S]');
  process.exit(2);
}

const load = (file: string) => loadSpec(path.resolve(file), fileSystemSource(path.dirname(path.resolve(file))));
try {
  const started = performance.now();
  const [base, revision] = await Promise.all(args.map(load));
  const result = checkAgreement(base, revision, { today: '2026-06-15', sample: sampleText === undefined ? undefined : Number(sampleText), seed });
  for (const m of result.mismatches) {
    console.log(`${m.operation}:`);
    for (const s of m.missing) console.log(`  only when alone: ${s}`);
    for (const s of m.extra) console.log(`  only in the full diff: ${s}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`operations: ${result.operations}, checked ${result.checked}, mismatches ${result.mismatches.length} (${seconds} s)`);
  process.exitCode = result.mismatches.length > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
