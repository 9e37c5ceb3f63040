// A sweep worker process: takes one spec at a time from the parent, reports each check as it starts.
import { checkSpec } from './checks.js';
import type { ChildMessage, Job } from './protocol.js';

function send(message: ChildMessage): void {
  process.send!(message);
}

process.on('message', (job: Job) => {
  const started = performance.now();
  checkSpec(job.file, job.previous, (check, run) => {
    send({ type: 'step', id: job.id, check });
    return run();
  })
    .then((results) => send({ type: 'done', id: job.id, results, ms: Math.round(performance.now() - started) }))
    .catch((error: unknown) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      send({ type: 'done', id: job.id, results: [{ check: 'load', outcome: 'crash', error: text }], ms: 0 });
    });
});
send({ type: 'ready' });
