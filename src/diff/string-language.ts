import type * as Refa from 'refa';
import { lazyRequire } from '../lazy-require.js';
import { trimUnanchoredEnds } from './unanchored-ends.js';

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
 * The length bounds are applied to the lengths of the strings of each difference, not intersected
 * with the patterns: an automaton for "at most 100 characters" multiplies the states of a pattern
 * that counts its own repetitions up to 100.
 */
export function stringRelation(base: StringConstraints, rev: StringConstraints): StringRelation | undefined {
  // A bound this long makes the length search too long anyway: not worth starting.
  if ([base.minLength, base.maxLength, rev.minLength, rev.maxLength].some((n) => n !== undefined && n > MAX_LENGTH_BOUND)) return undefined;
  try {
    const oldPattern = patternLanguage(base.pattern);
    const newPattern = patternLanguage(rev.pattern);
    if (!oldPattern || !newPattern) return undefined;
    const oldLengths = lengthsOf(base);
    const newLengths = lengthsOf(rev);
    const patternNarrows = hasMissing(oldPattern, newPattern, [oldLengths]);
    const patternWidens = hasMissing(newPattern, oldPattern, [newLengths]);
    if (patternNarrows === undefined || patternWidens === undefined) return undefined;
    const lengthsNarrow = hasLength(oldPattern, minus(oldLengths, newLengths));
    const lengthsWiden = hasLength(newPattern, minus(newLengths, oldLengths));
    if (lengthsNarrow === undefined || lengthsWiden === undefined) return undefined;
    return { patternNarrows, patternWidens, narrows: patternNarrows || lengthsNarrow, widens: patternWidens || lengthsWiden };
  } catch (error) {
    if (error instanceof Error) return undefined;
    throw error;
  }
}

/** Lengths from `min` to `max` (`Infinity`: no maximum). */
interface Lengths {
  min: number;
  max: number;
}

function lengthsOf(bounds: StringConstraints): Lengths {
  return { min: bounds.minLength ?? 0, max: bounds.maxLength ?? Infinity };
}

/** The lengths in `a` and not in `b`: none, one or two ranges. */
function minus(a: Lengths, b: Lengths): Lengths[] {
  const out: Lengths[] = [];
  if (a.min < b.min) out.push({ min: a.min, max: Math.min(a.max, b.min - 1) });
  if (a.max > b.max) out.push({ min: Math.max(a.min, b.max + 1), max: a.max });
  return out.filter((range) => range.min <= range.max);
}

/** Whether `a` has a string that `b` lacks with its length in one of `ranges`; undefined past a bound. */
function hasMissing(a: Fa, b: Fa, ranges: Lengths[]): boolean | undefined {
  const { DFA, NFA, isDisjointWith } = refa();
  if (ranges.length === 0) return false;
  const complement = DFA.fromFA(b, new DFA.LimitedNodeFactory(MAX_NODES));
  complement.complement();
  // Most pairs are settled here, without building the difference.
  if (isDisjointWith(a, complement, MAX_NODES)) return false;
  if (ranges.some((range) => range.min === 0 && range.max === Infinity)) return true;
  const difference = NFA.fromIntersection(a, complement, new NFA.LimitedNodeFactory(MAX_NODES));
  difference.removeUnreachable();
  return hasLength(difference, ranges);
}

/**
 * Bounds the steps of the length search (states visited, summed over the lengths tried), so it
 * always gets the same answer: counted, not timed.
 */
const MAX_LENGTH_STEPS = 2_000_000;

/**
 * Whether `fa` accepts a string whose length lies in one of `ranges`; undefined past the step
 * bound. Walks the automaton one character at a time, keeping the set of states reached by the
 * strings of each length. Without a maximum it stops `n` lengths past the minimum (`n` states): a
 * longer accepted string goes through a loop there, which can be cut out and still be long enough.
 */
function hasLength(fa: Fa, ranges: Lengths[]): boolean | undefined {
  if (ranges.length === 0 || fa.isEmpty) return false;
  if (ranges.some((range) => range.min === 0 && range.max === Infinity)) return true;
  const states = fa.countNodes();
  const last = Math.max(...ranges.map((range) => (range.max === Infinity ? range.min + states : range.max)));
  let reached = new Set<Refa.NFA.Node>([fa.initial]);
  let steps = 0;
  for (let length = 0; length <= last && reached.size > 0; length++) {
    if (ranges.some((range) => range.min <= length && length <= range.max) && [...reached].some((node) => fa.finals.has(node))) return true;
    const next = new Set<Refa.NFA.Node>();
    for (const node of reached) for (const target of node.out.keys()) next.add(target);
    steps += reached.size;
    if (steps > MAX_LENGTH_STEPS) return undefined;
    reached = next;
  }
  return false;
}

/** The strings a JSON Schema `pattern` matches somewhere (patterns are not anchored); none: every string. */
function patternLanguage(pattern: string | undefined): Fa | undefined {
  if (pattern === undefined) return parseWhole(ANYTHING);
  const parsed = parse(pattern);
  const alternatives = parsed.expression.alternatives;
  const anything = () => parse(ANYTHING).expression.alternatives[0].elements[0];
  // One branch each (`^a|b$` is `^a` or `b$` anywhere), so that the anchors of each meet the edges.
  const branches = trimUnanchoredEnds(alternatives) ? alternatives.map((branch) => [anything(), ...branch.elements, anything()]) : [[anything()]];
  return automaton({ type: 'Expression', alternatives: branches.map((elements) => ({ type: 'Concatenation', elements })) }, parsed.maxCharacter);
}

const ANYTHING = '[\\s\\S]*';

/** A regular expression (JSON Schema dialect: ECMA-262 with `u`) read as the set of whole strings it matches. */
function parseWhole(source: string): Fa | undefined {
  const parsed = parse(source);
  return automaton(parsed.expression, parsed.maxCharacter);
}

function parse(source: string): { expression: Refa.NoParent<Refa.Expression>; maxCharacter: Refa.Char } {
  return refa().JS.Parser.fromLiteral({ source, flags: 'u' }).parse({ backreferences: 'throw', assertions: 'parse', maxNodes: MAX_NODES });
}

function automaton(parsed: Refa.NoParent<Refa.Expression>, maxCharacter: Refa.Char): Fa | undefined {
  const { NFA, Transformers, transform } = refa();
  const expression = transform(Transformers.simplify(), parsed);
  if (!resolveEdges(expression.alternatives)) return undefined;
  return NFA.fromRegex(expression, { maxCharacter }, { assertions: 'throw', unknowns: 'throw' }, new NFA.LimitedNodeFactory(MAX_NODES));
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
