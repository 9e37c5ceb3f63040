// A worker thread of the check pool: compares the services it is sent, one message each.
import { parentPort } from 'node:worker_threads';
import { InputError } from '../load/input-error.js';
import { compareService, type ServiceJob } from './compare-service.js';

parentPort?.on('message', async ({ index, job }: { index: number; job: ServiceJob }) => {
  try {
    parentPort!.postMessage({ index, result: await compareService(job) });
  } catch (error) {
    const input = error instanceof InputError;
    const e = error as Error & { file?: string; line?: number };
    parentPort!.postMessage({ index, error: { input, message: e.message ?? String(error), file: input ? e.file : undefined, line: input ? e.line : undefined } });
  }
});
