// What action.yml runs: the Action with this process's environment and streams.
import { runAction } from './run-action.js';

process.exitCode = await runAction({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: false,
});
