import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Where runs outside git record their findings in tests, instead of the user's cache folder. */
export const TEST_CACHE_HOME = path.join(os.tmpdir(), `apicompat-test-cache-${process.pid}`);

/** Runs the CLI in-process, as `apicompat <argv>`, capturing both streams. */
export async function runCli(
  argv: string[],
  { cwd = process.cwd(), env = {}, isTTY = false }: { cwd?: string; env?: Record<string, string | undefined>; isTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { XDG_CACHE_HOME: TEST_CACHE_HOME, ...env }, cwd, isTTY });
  return { code, stdout, stderr };
}
