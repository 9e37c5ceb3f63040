// A small pool of worker processes, each bounded in heap size, with a time bound per check.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckName } from './checks.js';
import type { ChildMessage, Job, SpecOutcome } from './protocol.js';

export interface PoolOptions {
  workers: number;
  /** Per check, in milliseconds of the worker's CPU time (wall time where /proc is missing). */
  timeLimitMs: number;
  /** Per check, in wall-clock milliseconds: the backstop on a machine busy with other work. */
  wallLimitMs: number;
  heapLimitMb: number;
  onOutcome: (outcome: SpecOutcome) => void;
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) a process has used, in milliseconds, read from /proc on Linux; on a
 * shared machine wall time mostly measures the neighbours. Undefined where /proc is missing.
 */
function cpuTimeMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Runs every job; resolves when all have an outcome. */
export function runPool(jobs: Job[], options: PoolOptions): Promise<void> {
  const queue = [...jobs];
  let running = 0;
  return new Promise((resolve) => {
    const startWorker = () => {
      if (queue.length === 0) {
        if (running === 0) resolve();
        return;
      }
      running++;
      const child = fork(CHILD, [], {
        execArgv: ['--import', 'tsx', `--max-old-space-size=${options.heapLimitMb}`],
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-4000);
      });
      let current: { job: Job; check: CheckName; started: number } | undefined;
      let timer: NodeJS.Timeout | undefined;
      const watch = (check: CheckName) => {
        const wallStart = performance.now();
        const cpuStart = cpuTimeMs(child.pid!);
        timer = setInterval(() => {
          const cpuNow = cpuStart === undefined ? undefined : cpuTimeMs(child.pid!);
          const cpu = cpuNow === undefined ? performance.now() - wallStart : cpuNow - cpuStart!;
          const wall = performance.now() - wallStart;
          if (cpu <= options.timeLimitMs && wall <= options.wallLimitMs) return;
          const what = cpu > options.timeLimitMs ? `${options.timeLimitMs / 1000} s of CPU time` : `${options.wallLimitMs / 1000} s of wall time`;
          abort('time-out', `${check} ran past ${what}`);
          clearInterval(timer);
          child.kill('SIGKILL');
        }, 250);
      };
      let finished = false;
      const next = () => {
        const job = queue.shift();
        if (!job) {
          finished = true;
          child.kill();
          return;
        }
        current = { job, check: 'load', started: performance.now() };
        child.send(job);
      };
      const abort = (cause: 'time-out' | 'memory' | 'exit', detail: string) => {
        if (!current) return;
        options.onOutcome({
          id: current.job.id,
          results: [],
          ms: Math.round(performance.now() - current.started),
          aborted: { check: current.check, cause, detail },
        });
        current = undefined;
      };
      child.on('message', (message: ChildMessage) => {
        clearInterval(timer);
        if (message.type === 'ready') return next();
        if (message.type === 'step') {
          if (current) current.check = message.check;
          watch(message.check);
          return;
        }
        current = undefined;
        options.onOutcome({ id: message.id, results: message.results, ms: message.ms });
        next();
      });
      child.on('exit', (code, signal) => {
        clearInterval(timer);
        if (current) {
          const oom = /heap out of memory|Allocation failed/i.test(stderr);
          abort(oom ? 'memory' : 'exit', oom ? `heap above ${options.heapLimitMb} MiB` : `worker exited (${signal ?? code}): ${stderr.slice(-500)}`);
        }
        running--;
        if (!finished || queue.length > 0) startWorker();
        else if (running === 0) resolve();
      });
    };
    for (let i = 0; i < Math.max(1, Math.min(options.workers, jobs.length)); i++) startWorker();
    if (jobs.length === 0) resolve();
  });
}
