/** Option parsers and defaults shared by several commands. */
import { availableParallelism } from "node:os";
import { InvalidArgumentError } from "commander";

/** --workers' default: one extraction thread per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** --workers' parser: a whole number of extraction threads, 0 meaning the command's own thread. */
export function workersOption(text: string): number {
  const workers = Number(text);
  if (!Number.isInteger(workers) || workers < 0 || workers > 256) {
    throw new InvalidArgumentError(`--workers must be a whole number from 0 to 256, not '${text}'`);
  }
  return workers;
}
