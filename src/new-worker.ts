import { Worker } from 'node:worker_threads';

/**
 * A worker thread running `file`, with this process's Node options (the default) unless they hold
 * `--input-type`, which only applies to code given on the command line and refuses to start a
 * worker. Without it, the other options are passed on when Node accepts them per thread, else
 * none (V8 flags are process-wide: they apply to the thread anyway).
 */
export function newWorker(file: URL): Worker {
  const execArgv: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i];
    if (arg === '--input-type') i++;
    else if (!arg.startsWith('--input-type=')) execArgv.push(arg);
  }
  if (execArgv.length === process.execArgv.length) return new Worker(file);
  try {
    return new Worker(file, { execArgv });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(file, { execArgv: [] });
  }
}
