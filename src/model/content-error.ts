/** An error in contributed content, carrying the file, the line and what was expected there. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, message: string, options?: ErrorOptions) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${message}`, options);
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

/** The content errors `error` carries, one or several; undefined when it is some other error. */
export function contentErrorsIn(error: unknown): readonly ContentError[] | undefined {
  if (error instanceof ContentErrors) return error.errors;
  if (error instanceof ContentError) return [error];
  return undefined;
}

/**
 * Gathers the content errors of many steps, so one run reports every problem: `attempt` runs a step and keeps
 * what it throws as content errors (any other error is a bug and goes on up); `throwIfAny` ends the run.
 */
export class ErrorCollector {
  readonly errors: ContentError[] = [];

  /** Runs `step`; a content error it throws is kept and the result is undefined. */
  attempt<T>(step: () => T): T | undefined {
    try {
      return step();
    } catch (error) {
      this.keep(error);
      return undefined;
    }
  }

  /** Like {@link attempt}, for a step that returns a promise. */
  async attemptAsync<T>(step: () => Promise<T>): Promise<T | undefined> {
    try {
      return await step();
    } catch (error) {
      this.keep(error);
      return undefined;
    }
  }

  /** Adds a content error found without throwing. */
  add(error: ContentError): void {
    this.errors.push(error);
  }

  /** Throws every error kept so far as one {@link ContentErrors}; does nothing when there is none. */
  throwIfAny(): void {
    if (this.errors.length > 0) throw new ContentErrors(this.errors);
  }

  private keep(error: unknown): void {
    const found = contentErrorsIn(error);
    if (found === undefined) throw error;
    this.errors.push(...found);
  }
}
