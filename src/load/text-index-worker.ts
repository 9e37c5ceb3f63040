// The text-index thread: indexes each JSON text it is sent and hands the arrays back (transferred).
import { parentPort } from 'node:worker_threads';
import { indexJsonText } from './text-index.js';

parentPort?.on('message', ({ id, text }: { id: number; text: string }) => {
  const index = indexJsonText(text);
  parentPort!.postMessage({ id, index }, [index.opens.buffer, index.ends.buffer, index.lineStarts.buffer] as ArrayBuffer[]);
});
