/** An expected failure with a message written for the user: it names the file and the problem. */
export class CollateError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CollateError';
  }
}
