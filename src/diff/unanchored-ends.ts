import type * as Refa from 'refa';

type Concat = Refa.NoParent<Refa.Concatenation>;
type Element = Refa.NoParent<Refa.Element>;

/**
 * Cuts what a pattern matched anywhere in a string (any text may come before and after it) does
 * not need at its ends: a repetition at the end counts only its minimum, because when a substring
 * matches with more repetitions its prefix with the minimum matches too, and the extra text is
 * taken by what may follow (`x{1,47}` → `x`, `x*` → nothing); the same at the start. The set of
 * strings that contain a match stays the same; the automaton becomes much smaller, since a
 * counted repetition between two "anything" parts does not determinize. Trims in place; false
 * when an alternative became empty: then every string contains a match.
 */
export function trimUnanchoredEnds(alternatives: Concat[]): boolean {
  for (const concat of alternatives) {
    if (!trimEnd(concat, 'end') || !trimEnd(concat, 'start')) return false;
  }
  return true;
}

/** Trims one end of `concat`, free on that side; false when nothing is left (it matches the empty string there). */
function trimEnd(concat: Concat, side: 'start' | 'end'): boolean {
  const elements = concat.elements;
  for (;;) {
    const at = side === 'end' ? elements.length - 1 : 0;
    const element = elements[at];
    if (!element) return false;
    const inner = trimmedInner(element, side);
    if (inner === 'kept') return true;
    elements.splice(at, 1, ...inner);
  }
}

/**
 * What an element at a free end may be replaced by (its elements, to be trimmed further), or
 * 'kept' when it must stay as it is: a character, an assertion (`^`, `$`, lookarounds), a count
 * of two or more.
 */
function trimmedInner(element: Element, side: 'start' | 'end'): Element[] | 'kept' {
  if (element.type === 'Quantifier') {
    if (element.min === 0) return [];
    element.max = element.min;
    if (element.min > 1) return 'kept';
    return groupElements(element.alternatives, side);
  }
  if (element.type === 'Alternation') return groupElements(element.alternatives, side);
  return 'kept';
}

/** A group at a free end: one branch is spliced in; several are trimmed each, and one left empty empties the group. */
function groupElements(alternatives: Concat[], side: 'start' | 'end'): Element[] | 'kept' {
  if (alternatives.length === 1) return alternatives[0].elements;
  for (const branch of alternatives) if (!trimEnd(branch, side)) return [];
  return 'kept';
}
