/**
 * Node's `util.inspect` for a program's values, in a Worker as in Node: node-inspect-extracted
 * (Node's own code) does the formatting; this wrapper adds what the runner promises on top of it.
 */
import { inspect as nodeInspect } from 'node-inspect-extracted';
import { describeThrown } from '../describe-thrown';
import { withStandIns, type StandInOptions } from './stand-ins';

export interface InspectOptions {
  /** Nesting levels shown before `[Object]`; Node's default is 2. */
  depth?: number;
  /** Items of arrays, sets and maps shown before `... n more items`. */
  maxArrayLength?: number;
  /** Characters of a string shown before `... n more characters`. */
  maxStringLength?: number;
  /** Width at which objects break onto several lines. */
  breakLength?: number;
  /** Rewrites an error's stack before it is shown, e.g. to keep only the program's own frames. */
  cleanStack?: (stack: string) => string;
}

/** What stand-ins must cover for a value printed `depth` levels deep with these options. */
export function standInOptions(options: InspectOptions, depth = options.depth ?? 2): StandInOptions {
  return { depth, maxArrayLength: options.maxArrayLength ?? 100, cleanStack: options.cleanStack };
}

/** The options node-inspect-extracted understands (everything but the runner's own). */
export function nodeOptions(options: InspectOptions): Omit<InspectOptions, 'cleanStack'> {
  const { cleanStack: _runnerOnly, ...rest } = options;
  return rest;
}

/** The text shown for a value whose inspection threw (a Proxy trap, a getter on its prototype). */
export function uninspectable(err: unknown): string {
  return `[uninspectable value: ${describeThrown(err)}]`;
}

/** Formats any value as Node's `util.inspect(value)` does with default options. Never throws. */
export function inspect(value: unknown, options: InspectOptions = {}): string {
  try {
    return nodeInspect(withStandIns(value, standInOptions(options)), nodeOptions(options));
  } catch (err) {
    return uninspectable(err);
  }
}
