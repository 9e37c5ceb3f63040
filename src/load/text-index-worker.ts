// The text-index thread: indexes each JSON file it is sent and hands the arrays back (transferred).
import { parentPort } from 'node:worker_threads';
import { utf8Text } from './parse.js';
import { indexJsonText } from './text-index.js';

parentPort?.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  // Decoded here as the parser decoded them, so offsets are offsets into the same text.
  const index = indexJsonText(utf8Text(bytes));
  parentPort!.postMessage({ id, index }, [index.opens.buffer, index.ends.buffer, index.lineStarts.buffer] as ArrayBuffer[]);
});
