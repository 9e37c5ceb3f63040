import type { Worker } from 'node:worker_threads';
import { newWorker } from '../new-worker.js';
import type { ParsedFile } from './parse.js';
import type { TextIndex } from './text-index.js';

/** Smaller texts are scanned in this thread when a line is asked for: a thread costs more. */
const MIN_BYTES = 1 << 20;

/**
 * Indexes large JSON texts on one worker thread (started on first use) while this thread goes on;
 * `ready` settles once every index handed out so far is in place. A failing thread only means
 * lines are found the slower way.
 */
export function textIndexer(workerFile: URL) {
  let worker: Worker | undefined;
  let stopped = false;
  let nextId = 0;
  const waiting = new Map<number, (index: TextIndex | undefined) => void>();
  const pending: Promise<void>[] = [];
  const start = (): Worker => {
    const started = newWorker(workerFile);
    started.on('message', ({ id, index }: { id: number; index: TextIndex }) => {
      waiting.get(id)?.(index);
      waiting.delete(id);
    });
    const giveUp = () => {
      stopped = true;
      for (const resolve of waiting.values()) resolve(undefined);
      waiting.clear();
    };
    started.on('error', giveUp);
    started.on('exit', giveUp);
    return started;
  };
  return {
    /** Large enough to be worth a thread (and the thread still up). */
    takes(bytes: Uint8Array): boolean {
      return !stopped && bytes.length >= MIN_BYTES;
    },
    /**
     * Hands a parsed JSON file to the thread: its bytes, which move in no time where posting the
     * text would cost this thread tens of milliseconds. The caller must not use `bytes` afterwards.
     */
    add(parsed: ParsedFile, bytes: Uint8Array): void {
      if (stopped || !parsed.useIndex) return;
      try {
        worker ??= start();
      } catch {
        stopped = true; // lines are then found in this thread
        return;
      }
      const id = nextId++;
      pending.push(
        new Promise<TextIndex | undefined>((resolve) => waiting.set(id, resolve)).then((index) => {
          if (index) parsed.useIndex!(index);
        }),
      );
      // Bytes that fill their own buffer are moved, not copied (24 MB for the GitHub pair): the
      // loader is done with them once the file is parsed.
      const movable = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      worker.postMessage({ id, bytes }, movable ? [bytes.buffer as ArrayBuffer] : []);
    },
    async ready(): Promise<void> {
      await Promise.all(pending);
    },
    async close(): Promise<void> {
      // A load still running after a refusal (the other side's) must not start a thread nobody stops.
      stopped = true;
      await worker?.terminate();
      worker = undefined;
    },
  };
}
