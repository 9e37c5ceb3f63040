import path from 'node:path';
import { InputError } from '../load/input-error.js';
import { describeWarning, type InputWarning } from '../load/input-warning.js';
import { EXIT, type CliIo } from './io.js';

/** Usage or input error: one line on stderr, exit 2; the stack only with --debug. */
export function reportError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof InputError) {
    io.stderr(`apicompat: ${error.describe((f) => relative(io.cwd, f))}\n`);
  } else if (error instanceof UsageError) {
    io.stderr(`apicompat: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(`apicompat: internal error: ${message} (run with --debug for details)\n`);
  }
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.input;
}

export class UsageError extends Error {}

/** A document compared although the validator rejects it: one line on stderr, the run goes on. */
export function reportWarning(warning: InputWarning, io: CliIo): void {
  io.stderr(`apicompat: warning: ${describeWarning(warning, (f) => relative(io.cwd, f))}\n`);
}

function relative(cwd: string, file: string): string {
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(cwd, file);
  return rel.startsWith('..') ? file : rel || file;
}
