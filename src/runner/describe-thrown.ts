/**
 * The one short text for a value a program threw or rejected with, wherever the runner shows one
 * (the run's error, an unhandled rejection, the CLI, a value too hostile to inspect).
 */
import { inspect } from 'node-inspect-extracted';

/**
 * An error as "Name: message" (its stack is shown apart, as a line number), anything else as Node's
 * `util.inspect` prints it. Never throws: a value hostile enough to break even that gets a fixed text.
 */
export function describeThrown(value: unknown): string {
  try {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    return inspect(value);
  } catch {
    return 'unknown value';
  }
}
