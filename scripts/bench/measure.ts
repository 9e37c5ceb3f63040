// Child-process measurements: wall time and peak RSS of one run, so every run starts cold.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Run {
  ms: number;
  rssMiB: number;
  /** User + system CPU time of the process: steadier than wall time on a shared machine. */
  cpuMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
  sha256: string;
}

// Loaded into the measured process with --import: reports its peak RSS (KiB) and CPU time (µs) on fd 3 as it exits.
const REPORT_USAGE = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); try { writeSync(3, [u.maxRSS, u.userCPUTime + u.systemCPUTime].join(' ')); } catch {} });",
)}`;

/** Runs `node <args>` once; wall time includes process start, as a user sees it. */
export function runNode(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_USAGE, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let usage = '';
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (b: Buffer) => (usage += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const stdout = Buffer.concat(out).toString();
      const [rssKiB, cpuMicros] = usage.split(' ').map(Number);
      resolve({
        ms,
        rssMiB: rssKiB / 1024,
        cpuMs: cpuMicros / 1000,
        code,
        stdout,
        stderr: Buffer.concat(err).toString(),
        sha256: createHash('sha256').update(stdout).digest('hex'),
      });
    });
  });
}

const require = createRequire(import.meta.url);
const YAML_URL = pathToFileURL(require.resolve('yaml')).href;

/** The floor: read and parse the files (JSON.parse, or YAML for YAML files) and nothing else. */
export function floorArgs(files: string[]): string[] {
  const code = `
    import { readFileSync } from 'node:fs';
    import { parse } from ${JSON.stringify(YAML_URL)};
    for (const file of process.argv.slice(1)) {
      const text = readFileSync(file, 'utf8');
      if (/^\\s*[{[]/.test(text)) JSON.parse(text); else parse(text, { maxAliasCount: 10000 });
    }`;
  return ['--input-type=module', '-e', code, '--', ...files];
}

/** In-process split of one comparison per stage, printed as JSON by the child. */
export function stagesArgs(dist: string, base: string, revision: string): string[] {
  const index = pathToFileURL(path.join(dist, 'index.js')).href;
  const code = `
    import { compare, REPORTERS } from ${JSON.stringify(index)};
    let times;
    const report = await compare(process.argv[1], process.argv[2], { today: '2026-06-15', onTimes: (t) => (times = t) });
    const started = performance.now();
    REPORTERS.json(report, { color: false, failOn: 'breaking' });
    times.report = performance.now() - started;
    process.stdout.write(JSON.stringify(times));`;
  return ['--input-type=module', '-e', code, '--', base, revision];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
