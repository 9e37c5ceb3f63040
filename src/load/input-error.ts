/** A refusal of bad input: rendered as one line `file:line: reason`, exit code 2. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** The one line shown to the user. */
  describe(display: (file: string) => string = (f) => f): string {
    if (!this.file) return this.message;
    const where = this.line ? `${display(this.file)}:${this.line}` : display(this.file);
    return `${where}: ${this.message}`;
  }
}
