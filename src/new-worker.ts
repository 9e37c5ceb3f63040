import { Worker } from 'node:worker_threads';

/**
 * A worker thread running `file`. It inherits this process's Node options except `--input-type`,
 * which only applies to code given on the command line and refuses to start a worker.
 */
export function newWorker(file: URL): Worker {
  const execArgv: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i];
    if (arg === '--input-type') i++;
    else if (!arg.startsWith('--input-type=')) execArgv.push(arg);
  }
  return new Worker(file, { execArgv });
}
