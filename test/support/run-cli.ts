import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as `apicompat <argv>`, capturing both streams. */
export async function runCli(
  argv: string[],
  { cwd = process.cwd(), env = {}, isTTY = false }: { cwd?: string; env?: Record<string, string | undefined>; isTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env, cwd, isTTY });
  return { code, stdout, stderr };
}
