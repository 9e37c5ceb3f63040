/**
 * A document the OpenAPI validator rejects but the model can read (an operation without
 * `responses`, a response without `description`, ...): compared anyway, and said once on stderr.
 */
export interface InputWarning {
  file: string;
  line?: number;
  /** The validator's most specific complaint, e.g. `/paths/~1a/get must have required property 'responses'`. */
  complaint: string;
  /** How many other complaints the validator has about the document. */
  more: number;
}

/** The one line shown to the user: `file:line: not valid OpenAPI, compared as read: ... (and 2 more)`. */
export function describeWarning(warning: InputWarning, display: (file: string) => string = (f) => f): string {
  const where = warning.line ? `${display(warning.file)}:${warning.line}` : display(warning.file);
  const more = warning.more > 0 ? ` (and ${warning.more} more)` : '';
  return `${where}: not valid OpenAPI, compared as far as it can be read: ${warning.complaint}${more}`;
}
