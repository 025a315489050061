/**
 * The user-facing error: what went wrong and what to do, in one line. The CLI prints its message
 * (no stack trace) and exits with its code; the viewer server answers with its message.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = "UserError";
  }
}
