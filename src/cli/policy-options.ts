// The configuration as the CLI applies it: `--config` or the discovered file, `--fail-on` winning
// over `failOn` and `--compatibility` over `compatibility`. Shared by every command that compares (diff, check).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { effectivePolicy, type ApicompatConfig, type Compatibility } from '../policy.js';
import { ConfigError, findConfigFile, loadConfigFile } from '../config/load-config.js';
import type { FailOn } from '../types.js';
import type { CliIo } from './io.js';
import { parseCompatibility, parseFailOn } from './options.js';

export interface PolicyFlags {
  config?: string;
  failOn?: string;
  compatibility?: string;
  strict?: boolean;
}

export interface CliPolicy {
  /** The configuration file in force, if any. */
  file?: string;
  config: ApicompatConfig;
}

/** `.option(...CONFIG_OPTION)` on every command that compares. */
export const CONFIG_OPTION = ['-c, --config <file>', 'configuration file (default: apicompat.config.yaml or .json, looked for from the working folder up to the repository root)'] as const;

/** Loads `--config`, else the first config file from the working folder up to the repository root, else none. */
export function loadPolicy(flags: PolicyFlags, io: CliIo): CliPolicy {
  if (flags.config !== undefined) {
    const file = path.resolve(io.cwd, flags.config);
    if (!existsSync(file)) throw new ConfigError('configuration file not found', file);
    return { file, config: loadConfigFile(file).config };
  }
  const file = findConfigFile(io.cwd);
  return file ? { file, config: loadConfigFile(file).config } : { config: {} };
}

/** The class that fails the run: the flag, else the (service's) `failOn`, else breaking. */
export function failOnOf(flags: PolicyFlags, policy: CliPolicy, service?: string): FailOn {
  return parseFailOn(flags.failOn, effectivePolicy(policy.config, service).failOn ?? 'breaking');
}

/** The direction the gate holds: the flag, else the (service's) `compatibility`, else backward. */
export function compatibilityOf(flags: PolicyFlags, policy: CliPolicy, service?: string): Compatibility {
  return parseCompatibility(flags.compatibility, effectivePolicy(policy.config, service).compatibility ?? 'backward');
}

/** What `compare()` takes from the configuration (all of it; `failOn` is read by `failOnOf`); `--strict` wins. */
export function compareOptionsOf(policy: CliPolicy, flags: PolicyFlags = {}): ApicompatConfig {
  return flags.strict === true ? { ...policy.config, strict: true } : policy.config;
}
