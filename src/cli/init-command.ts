import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CONFIG_NAMES } from '../config/load-config.js';
import { CONFIG_TEMPLATE } from '../config/template.js';
import { UsageError } from './errors.js';
import { EXIT, type CliIo } from './io.js';

export function registerInit(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('write a commented apicompat.config.yaml in the working folder')
    .action(() => {
      const existing = CONFIG_NAMES.find((name) => existsSync(path.join(io.cwd, name)));
      if (existing) throw new UsageError(`${existing} exists already; not overwriting it`);
      writeFileSync(path.join(io.cwd, CONFIG_NAMES[0]), CONFIG_TEMPLATE);
      io.stdout(`wrote ${CONFIG_NAMES[0]}; docs/configuration.md explains every key\n`);
      setExit(EXIT.ok);
    });
}
