// A rule family: one judgement of one change kind, written once, applied wherever a schema sits in a
// request or a response. `max-length-increased` expands to `request-body-max-length-increased`,
// `response-header-max-length-increased`, … with the same class, why and fix per direction.
import type { Subject } from '../diff/change.js';
import { defineRule, type RuleDefinition } from './rule.js';

/** The places a schema sits; a family's rule ids start with them. */
export type Site = Extract<Subject, 'request-body' | 'request-property' | 'request-parameter' | 'response-body' | 'response-property' | 'response-header'>;

export const ALL_SITES = ['request-body', 'request-property', 'request-parameter', 'response-body', 'response-property', 'response-header'] as const satisfies readonly Site[];
export const REQUEST_SITES = ['request-body', 'request-property', 'request-parameter'] as const satisfies readonly Site[];
export const RESPONSE_SITES = ['response-body', 'response-property', 'response-header'] as const satisfies readonly Site[];
/** Bodies and their properties: the sites of keywords a parameter or header cannot carry. */
export const SCHEMA_BODY_SITES = ['request-body', 'request-property', 'response-body', 'response-property'] as const satisfies readonly Site[];

/** How each site is named in messages (`{the site}`) and descriptions (`{a site}`, `{A site}`). */
const SITE_WORDS: Record<Site, { the: string; a: string }> = {
  'request-body': { the: 'the request body', a: 'a request body' },
  'request-property': { the: 'the request property {{property}}', a: 'a request property' },
  'request-parameter': { the: 'the {{in}} parameter {{parameter}}', a: 'a request parameter' },
  'response-body': { the: 'the response body (status {{status}})', a: 'a response body' },
  'response-property': { the: 'the response property {{property}} (status {{status}})', a: 'a response property' },
  'response-header': { the: 'the response header {{header}} (status {{status}})', a: 'a response header' },
};

/** The verdict of a family in one direction: what a rule says beyond its id and words. */
export type FamilyVerdict = Pick<RuleDefinition, 'class' | 'strictClass' | 'when' | 'why' | 'fix' | 'noMirror' | 'forward'>;

/** The request verdict of every family whose change only lets the server accept more. */
export const SERVER_ACCEPTS_WHAT_IT_DID: FamilyVerdict = {
  class: 'additive',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
};

/** The response verdict of every family whose change only lets the server send less. */
export const CLIENTS_RECEIVE_A_SUBSET: FamilyVerdict = {
  class: 'additive',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
};

export interface RuleFamily {
  /** The rule id after the site: `max-length-increased`. */
  name: string;
  /** The change kind the family judges. */
  kind: RuleDefinition['kind'];
  sites: readonly Site[];
  /** One line for the catalogue, with `{a site}` or `{A site}`. */
  description: string;
  /** The message template, with `{the site}` besides the change's `{{placeholders}}`. */
  message: string;
  /** Required when `sites` holds a request site. */
  request?: FamilyVerdict;
  /** Required when `sites` holds a response site. */
  response?: FamilyVerdict;
}

/** One rule per site of each family. */
export function expandFamilies(families: readonly RuleFamily[]): RuleDefinition[] {
  return families.flatMap((family) => family.sites.map((site) => expandAt(family, site)));
}

function expandAt(family: RuleFamily, site: Site): RuleDefinition {
  const side = site.startsWith('request-') ? 'request' : 'response';
  const verdict = family[side];
  if (!verdict) throw new Error(`rule family ${family.name}: no ${side} verdict for the site ${site}`);
  const words = SITE_WORDS[site];
  const capital = words.a[0].toUpperCase() + words.a.slice(1);
  const { strictClass, when, noMirror, forward } = verdict;
  return defineRule({
    id: `${site}-${family.name}`,
    class: verdict.class,
    ...(strictClass ? { strictClass } : {}),
    subject: site,
    kind: family.kind,
    ...(when ? { when } : {}),
    description: family.description.replace('{a site}', words.a).replace('{A site}', capital),
    message: family.message.replace('{the site}', words.the),
    why: verdict.why,
    fix: verdict.fix,
    ...(noMirror ? { noMirror } : {}),
    ...(forward ? { forward } : {}),
  });
}
