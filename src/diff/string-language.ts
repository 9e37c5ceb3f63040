import type * as Refa from 'refa';
import { lazyRequire } from '../lazy-require.js';

// Decides how the set of strings a schema admits (its `pattern` with its `minLength` and
// `maxLength`) changed, with refa's finite automata: regular-language inclusion is decidable.
// Loaded on first use: most comparisons never meet two patterns.
const refa = lazyRequire<typeof Refa>('refa');

/** The string constraints of one schema. */
export interface StringConstraints {
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

/** How two sets of strings relate, each inclusion decided. */
export interface StringRelation {
  /** The new pattern rejects a string the old pattern accepted within the old length bounds. */
  patternNarrows: boolean;
  /** The new pattern accepts a string, within the new length bounds, that the old pattern rejected. */
  patternWidens: boolean;
  /** Some string the old constraints admitted is no longer admitted (pattern and lengths together). */
  narrows: boolean;
  /** Some string the new constraints admit was not admitted before. */
  widens: boolean;
}

/**
 * Bounds the automata built for one question, so a pathological pattern costs a bounded amount of
 * work and always gets the same answer (node counts, not time).
 */
const MAX_NODES = 4_000;

const MAX_LENGTH_BOUND = 1_000;

type Fa = Refa.NFA;
type Concat = Refa.NoParent<Refa.Concatenation>;

/**
 * How the strings admitted by `base` and `rev` relate, or undefined when it cannot be decided
 * within the bound (a pattern refa cannot read, a back-reference or lookaround, too many states).
 */
export function stringRelation(base: StringConstraints, rev: StringConstraints): StringRelation | undefined {
  // A bound this long makes automata past the node bound anyway: not worth building.
  if ([base.minLength, base.maxLength, rev.minLength, rev.maxLength].some((n) => n !== undefined && n > MAX_LENGTH_BOUND)) return undefined;
  try {
    const oldPattern = patternLanguage(base.pattern);
    const newPattern = patternLanguage(rev.pattern);
    if (!oldPattern || !newPattern) return undefined;
    const oldAll = withLengths(oldPattern, base);
    const newAll = withLengths(newPattern, rev);
    const sameLengths = base.minLength === rev.minLength && base.maxLength === rev.maxLength;
    const patternNarrows = !includes(newPattern, oldAll);
    const patternWidens = !includes(oldPattern, newAll);
    return {
      patternNarrows,
      patternWidens,
      narrows: sameLengths ? patternNarrows : !includes(newAll, oldAll),
      widens: sameLengths ? patternWidens : !includes(oldAll, newAll),
    };
  } catch (error) {
    if (error instanceof Error) return undefined;
    throw error;
  }
}

/** Whether every string of `inner` is one of `outer`. */
function includes(outer: Fa, inner: Fa): boolean {
  const { DFA, isDisjointWith } = refa();
  const complement = DFA.fromFA(outer, new DFA.LimitedNodeFactory(MAX_NODES));
  complement.complement();
  return isDisjointWith(inner, complement, MAX_NODES);
}

function withLengths(fa: Fa, bounds: StringConstraints): Fa {
  const min = bounds.minLength ?? 0;
  if (min === 0 && bounds.maxLength === undefined) return fa;
  const { NFA } = refa();
  const lengths = parseWhole(`[\\s\\S]{${min},${bounds.maxLength ?? ''}}`)!;
  return NFA.fromIntersection(fa, lengths, new NFA.LimitedNodeFactory(MAX_NODES));
}

/** The strings a JSON Schema `pattern` matches somewhere (patterns are not anchored); none: every string. */
function patternLanguage(pattern: string | undefined): Fa | undefined {
  return parseWhole(pattern === undefined ? '[\\s\\S]*' : `[\\s\\S]*(?:${pattern})[\\s\\S]*`);
}

/** A regular expression (JSON Schema dialect: ECMA-262 with `u`) read as the set of whole strings it matches. */
function parseWhole(source: string): Fa | undefined {
  const { JS, NFA, Transformers, transform } = refa();
  const parsed = JS.Parser.fromLiteral({ source, flags: 'u' }).parse({ backreferences: 'throw', assertions: 'parse', maxNodes: MAX_NODES });
  const expression = transform(Transformers.simplify(), parsed.expression);
  if (!resolveEdges(expression.alternatives)) return undefined;
  return NFA.fromRegex(expression, { maxCharacter: parsed.maxCharacter }, { assertions: 'throw', unknowns: 'throw' }, new NFA.LimitedNodeFactory(MAX_NODES));
}

/**
 * Settles the assertions left at the edges of the whole string (`^`, `$`, `\b` there, a lookahead
 * at the very end): one character class looked at beyond the edge is never there, so a positive
 * assertion fails and a negative one holds. False when another assertion is left, which an
 * automaton cannot express.
 */
function resolveEdges(alternatives: Concat[]): boolean {
  for (const concat of alternatives) settleEdge(concat, 'behind');
  for (const concat of alternatives) settleEdge(concat, 'ahead');
  // A branch whose edge assertion fails matches nothing.
  for (let i = alternatives.length - 1; i >= 0; i--) if (dead.has(alternatives[i])) alternatives.splice(i, 1);
  return alternatives.every((concat) => !hasAssertion(concat));
}

const dead = new WeakSet<Concat>();

function settleEdge(concat: Concat, side: 'ahead' | 'behind'): void {
  for (;;) {
    const at = side === 'ahead' ? concat.elements.length - 1 : 0;
    const element = concat.elements[at];
    if (!element) return;
    if (element.type === 'Alternation') {
      for (const inner of element.alternatives) settleEdge(inner, side);
      element.alternatives = element.alternatives.filter((inner) => !dead.has(inner));
      if (element.alternatives.length === 0) dead.add(concat);
      return;
    }
    if (element.type !== 'Assertion' || element.kind !== side || !looksAtOneCharacter(element)) return;
    if (!element.negate) {
      dead.add(concat);
      return;
    }
    concat.elements.splice(at, 1);
  }
}

function looksAtOneCharacter(assertion: Refa.NoParent<Refa.Assertion>): boolean {
  return assertion.alternatives.length === 1 && assertion.alternatives[0].elements.length === 1 && assertion.alternatives[0].elements[0].type === 'CharacterClass';
}

function hasAssertion(concat: Concat): boolean {
  return concat.elements.some((element) => element.type === 'Assertion' || (element.type !== 'CharacterClass' && element.type !== 'Unknown' && element.alternatives.some(hasAssertion)));
}
