// `npm run build`: type declarations from tsc, JavaScript from esbuild, one bundle per entry point.
// A bundle loaded in a third of the time of ~500 separate modules (when each rule was one), most of
// a small run's wall time. Dependencies stay external: they are installed beside the package.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { validatorModuleSource } from '../src/load/openapi-validators.js';
import { PRECOMPILED_VALIDATORS } from '../src/load/quick-validate.js';
import { ruleExamples, SHIPPED_EXAMPLES } from '../src/cli/explain-command.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(ROOT, process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'dist');

/** Dependencies the code loads only when needed (see src/lazy-require.ts and src/load/validate.ts). */
const LOADED_ON_FIRST_USE = ['@apidevtools/swagger-parser', 'yaml', 'js-yaml', 'ajv', 'ajv-formats', 'ajv-draft-04', 'refa'];
/** Bundled CommonJS code requires Node's built-ins; an ES module has no `require` of its own. */
const REQUIRE_SHIM = "import { createRequire as __apicompatRequire } from 'node:module'; const require = __apicompatRequire(import.meta.url);";

/** Entry points, as `src/`-relative paths; each becomes the same path under the output folder. */
const ENTRIES = ['cli/bin.ts', 'action/entry.ts', 'index.ts', 'check/service-worker.ts', 'load/text-index-worker.ts'];

rmSync(outDir, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--emitDeclarationOnly', '--outDir', outDir], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

for (const entry of ENTRIES) {
  const depth = entry.split('/').length - 1;
  await build({
    entryPoints: [path.join(ROOT, 'src', entry)],
    outfile: path.join(outDir, entry.replace(/\.ts$/, '.js')),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The library leaves its dependencies to the installer. The CLI and its worker bundle the
    // ones every run loads (commander, chalk, semver): resolving and compiling their ~20 modules
    // is a sixth of a small run's start-up. The ones loaded on first use stay outside.
    ...(entry === 'index.ts' ? { packages: 'external' as const } : { external: LOADED_ON_FIRST_USE, banner: { js: REQUIRE_SHIM } }),
    sourcemap: 'linked',
    logLevel: 'warning',
    // From dist/<entry>.js back to the package root (see src/package-root.ts).
    define: { APICOMPAT_BUNDLE_TO_ROOT: JSON.stringify('../'.repeat(depth + 1)) },
  });
}

// explain's before/after examples: the package does not ship the 15 MB of fixtures they come from.
writeFileSync(path.join(outDir, path.relative('dist', SHIPPED_EXAMPLES)), JSON.stringify(ruleExamples()) + '\n');

// The OpenAPI validators as standalone code: no ajv compile at run time.
const validators = path.join(outDir, path.relative('dist', PRECOMPILED_VALIDATORS));
mkdirSync(path.dirname(validators), { recursive: true });
writeFileSync(validators, validatorModuleSource());
