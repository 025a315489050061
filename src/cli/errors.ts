/** Errors the CLI reports as one line (no stack trace) with a chosen exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** For commands whose issue has not landed yet: say so and exit 2, never pretend. */
export function notBuiltYet(command: string, issue: number): never {
  throw new CliError(`entente ${command}: not built yet (see issue #${issue}).`, 2);
}
