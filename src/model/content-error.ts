/** An error in contributed content, carrying the file, the line and what was expected there. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, message: string, options?: ErrorOptions) {
    super(`${line === undefined ? file : `${file}:${String(line)}`}: ${message}`, options);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
  }
}

/** Several content errors found in one run, reported together so a contributor fixes them in one go. */
export class ContentErrors extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}
