/** A refusal of bad input: rendered as one line `file:line: reason`, exit code 2. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    // Reasons quoted from parsers may hold line breaks (JSON.parse quotes the text near the error).
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'InputError';
  }

  /** The one line shown to the user. */
  describe(display: (file: string) => string = (f) => f): string {
    if (!this.file) return this.message;
    const where = this.line ? `${display(this.file)}:${this.line}` : display(this.file);
    return `${where}: ${this.message}`;
  }
}
