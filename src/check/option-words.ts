// How a `check` error tells its caller to set an option: the CLI names its flags (`--base REF`),
// the library its options (`base`), so each reads the advice in its own terms.

/** The options of `check` that its errors and notes advise on. */
export type CheckOption = 'base' | 'head' | 'staged' | 'surface' | 'specs' | 'fetch';

export interface OptionWords {
  /** The option itself: `--base`, or `` `base` ``. */
  name(option: CheckOption): string;
  /** Setting it, to a value or in general: `--base origin/main`, `--base REF`, `--fetch`; `` `base: 'origin/main'` ``, the option `` `base` ``, `` `fetch: true` ``. */
  pass(option: CheckOption, value?: string): string;
}

const BOOLEAN: ReadonlySet<CheckOption> = new Set(['staged', 'fetch']);
const FLAGS: Record<CheckOption, string> = { base: '--base', head: '--head', staged: '--staged', surface: '--surface', specs: '--spec', fetch: '--fetch' };
const PLACEHOLDERS: Partial<Record<CheckOption, string>> = { base: 'REF', head: 'REF', surface: 'DIR' };

export const FLAG_WORDS: OptionWords = {
  // The CLI also reads the services from the configuration's `specs`, beside `--spec`.
  name: (option) => (option === 'specs' ? "--spec (or the configuration's specs)" : FLAGS[option]),
  pass: (option, value) => (BOOLEAN.has(option) ? FLAGS[option] : `${FLAGS[option]} ${value ?? PLACEHOLDERS[option]}`),
};

export const OPTION_WORDS: OptionWords = {
  name: (option) => `\`${option}\``,
  pass: (option, value) => (BOOLEAN.has(option) ? `\`${option}: true\`` : value === undefined ? `the option \`${option}\`` : `\`${option}: '${value}'\``),
};
