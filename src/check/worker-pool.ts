import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { newWorker } from '../new-worker.js';
import { InputError } from '../load/input-error.js';
import { compareService, isUnchanged, type ServiceJob, type ServiceResult, type ServiceSide } from './compare-service.js';

/** Below this many services to compare, starting worker threads costs more than it saves. */
const MIN_CHANGED_FOR_WORKERS = 4;

interface Reply {
  index: number;
  result?: ServiceResult;
  error?: { input: boolean; message: string; file?: string; line?: number };
}

/**
 * Runs the changed services on worker threads (one per core) and the unchanged ones, which need
 * no parsing, in this thread. Results come back in job order, so the report is the same as from
 * a single thread. Only for the built JavaScript: `workerFile` must be runnable by Node as it is.
 */
export function workerPoolRunner(workerFile: URL, threads = Math.max(1, Math.min(os.availableParallelism(), 8))) {
  return async (jobs: ServiceJob[]): Promise<ServiceResult[]> => {
    const changed = jobs.map((job, index) => ({ job, index })).filter(({ job }) => !isUnchanged(job));
    const results: ServiceResult[] = new Array(jobs.length);
    if (changed.length < MIN_CHANGED_FOR_WORKERS || threads < 2) {
      for (let i = 0; i < jobs.length; i++) results[i] = await compareService(jobs[i]);
      return results;
    }
    const queue = [...changed];
    const workers = Array.from({ length: Math.min(threads, changed.length) }, () => newWorker(workerFile));
    try {
      await Promise.all(workers.map((worker) => drain(worker, queue, results)));
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
    for (let i = 0; i < jobs.length; i++) results[i] ??= await compareService(jobs[i]);
    return results;
  };
}

/** Feeds one worker from the shared queue until it is empty; the first error stops the run. */
function drain(worker: Worker, queue: { job: ServiceJob; index: number }[], results: ServiceResult[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const next = () => {
      const item = queue.shift();
      if (!item) return resolve();
      worker.postMessage({ index: item.index, job: { ...item.job, base: plain(item.job.base), revision: plain(item.job.revision) } });
    };
    worker.on('message', (reply: Reply) => {
      if (reply.error) {
        queue.length = 0;
        const { input, message, file, line } = reply.error;
        return reject(input ? new InputError(message, file, line) : new Error(message));
      }
      results[reply.index] = reply.result!;
      next();
    });
    worker.on('error', reject);
    next();
  });
}

/** A side as a worker thread can receive it: without what was loaded in this thread. */
function plain(side: ServiceSide | undefined): ServiceSide | undefined {
  if (!side?.loaded) return side;
  const { loaded: _loaded, ...rest } = side;
  return rest;
}
