import { Command, CommanderError } from 'commander';
import { registerCheck } from './check-command.js';
import { registerAccept } from './accept-command.js';
import { registerDiff } from './diff-command.js';
import { registerExplain } from './explain-command.js';
import { registerInit } from './init-command.js';
import { registerRules } from './rules-command.js';
import { reportError } from './errors.js';
import { EXIT, type CliIo } from './io.js';

export const VERSION = '0.1.0';

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. Never exits the process. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  const program = new Command()
    .name('apicompat')
    .description('Diff OpenAPI contracts, classify every change as breaking, deprecation or additive, and fail the build on breaking ones.')
    .version(VERSION)
    .option('--debug', 'show stack traces of errors')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(`apicompat: ${s.replace(/^error: /, '')}`),
    });
  program.enablePositionalOptions(false);
  const setExit = (code: number) => {
    exitCode = code;
  };
  registerDiff(program, io, setExit);
  registerExplain(program, io, setExit);
  registerInit(program, io, setExit);
  registerRules(program, io, setExit);
  registerAccept(program, io, setExit);
  registerCheck(program, io, setExit);
  for (const command of program.commands) command.exitOverride().option('--debug', 'show stack traces of errors');
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.input;
    }
    return reportError(error, io, debug);
  }
  return exitCode;
}
