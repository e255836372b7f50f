/** What a `console.log`-like call prints: its arguments joined as Node's `util.format` joins them. */
import { formatWithOptions } from 'node-inspect-extracted';
import type { Printed } from '../protocol';
import { withStandIns } from './stand-ins';
import { nodeOptions, standInOptions, uninspectable, type InspectOptions } from './inspect-value';

/** `%o` prints four levels deep whatever the depth, so stand-ins must reach that far. */
const FORMAT_O_DEPTH = 4;

/** Joins console arguments into one string as Node's `util.format` does (`%s %d %i %f %j %o %O %c %%`). Never throws. */
export function formatLogArgs(args: readonly unknown[], options: InspectOptions = {}): string {
  try {
    const usesO = typeof args[0] === 'string' && args[0].includes('%o');
    const reach = standInOptions(options, Math.max(options.depth ?? 2, usesO ? FORMAT_O_DEPTH : 0));
    return formatWithOptions(nodeOptions(options), ...args.map((arg) => withStandIns(arg, reach)));
  } catch (err) {
    return uninspectable(err);
  }
}

/** The parts a `console.log`-like call prints. */
export function formatConsoleArgs(args: readonly unknown[], options: InspectOptions = {}): Printed[] {
  return [{ kind: 'text', text: formatLogArgs(args, options) }];
}
