/** Everything the CLI touches of the outside world, so tests can run `main` in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether stdout is a terminal (colour by default). */
  isTTY: boolean;
}

export const EXIT = { ok: 0, policy: 1, input: 2 } as const;
