import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { acceptanceMatches, entryFor, entryForEdit } from '../classify/policy.js';
import { appendAcceptances } from '../config/append-accept.js';
import { CONFIG_NAMES, findConfigFile, parseConfig } from '../config/load-config.js';
import { didYouMean } from '../config/suggest.js';
import type { AcceptEntry } from '../config/types.js';
import { todayUtc } from '../index.js';
import type { Finding } from '../types.js';
import { UsageError } from './errors.js';
import { EXIT, type CliIo } from './io.js';
import { readLastRun } from './last-run.js';
import { resolveToday } from './options.js';
import { CONFIG_OPTION } from './policy-options.js';

interface AcceptFlags {
  reason: string;
  expires: string;
  config?: string;
  today?: string;
}

export function registerAccept(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('accept')
    .description('accept edits or findings of the last diff/check by id: appends `accept` entries to the configuration')
    .argument('<id...>', 'edit ids (as the reports show them) or finding ids (the changes of JSON output)')
    .requiredOption('--reason <text>', 'why the change is acceptable (required)')
    .requiredOption('--expires <date>', 'the last day the acceptance holds (YYYY-MM-DD)')
    .option(...CONFIG_OPTION)
    .option('--today <date>', 'the date --expires must not lie before (YYYY-MM-DD; also APICOMPAT_TODAY)')
    .action((ids: string[], flags: AcceptFlags) => {
      const entries = acceptEntries(ids, readLastRun(io.cwd), flags, resolveToday(flags.today, io) ?? todayUtc());
      const file = flags.config !== undefined ? path.resolve(io.cwd, flags.config) : (findConfigFile(io.cwd) ?? path.join(io.cwd, CONFIG_NAMES[0]));
      const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
      const current = parseConfig(text, file);
      const fresh = entries.filter((e) => !(current.accept ?? []).some((c) => sameEntry(c, e)));
      const updated = appendAcceptances(text, fresh, file.endsWith('.json'));
      parseConfig(updated, file); // never write a configuration that would not load
      writeFileSync(file, updated);
      const name = path.relative(io.cwd, file) || file;
      for (const e of entries) io.stdout(`${fresh.includes(e) ? 'accepted' : 'already accepted'}: ${e.rule}${e.operation ? ` at ${e.operation}` : ''} until ${e.expires}\n`);
      io.stdout(`${fresh.length} ${fresh.length === 1 ? 'entry' : 'entries'} added to ${name}\n`);
      setExit(EXIT.ok);
    });
}

/** One entry per id: a finding's stable fields, or an edit's rule and location in all its operations. */
export function acceptEntries(ids: string[], findings: Finding[], flags: Pick<AcceptFlags, 'reason' | 'expires'>, today: string): AcceptEntry[] {
  const reason = flags.reason.trim();
  if (reason === '') throw new UsageError('--reason must say why the change is acceptable');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(flags.expires) || Number.isNaN(Date.parse(flags.expires))) {
    throw new UsageError(`--expires must be a date as YYYY-MM-DD (got "${flags.expires}")`);
  }
  if (flags.expires < today) throw new UsageError(`--expires ${flags.expires} lies before today (${today})`);
  return ids.map((id) => {
    const finding = findings.find((f) => f.id === id);
    const members = finding ? [finding] : findings.filter((f) => f.edit === id);
    if (members.length === 0) {
      const known = [...new Set(findings.flatMap((f) => (f.edit === undefined ? [f.id] : [f.id, f.edit])))];
      throw new UsageError(`no edit or finding with id "${id}" in the last run${didYouMean(id, known)}`);
    }
    const entry = finding ? entryFor(finding, reason, flags.expires) : entryForEdit(members, reason, flags.expires);
    if (!members.every((f) => acceptanceMatches(entry, f))) throw new Error(`the entry for ${id} would not match its findings`);
    return entry;
  });
}

function sameEntry(a: AcceptEntry, b: AcceptEntry): boolean {
  return a.rule === b.rule && a.service === b.service && a.operation === b.operation && a.pointer === b.pointer && a.reason === b.reason && a.expires === b.expires;
}
