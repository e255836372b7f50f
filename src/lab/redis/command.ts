import type { Keyspace } from './keyspace';
import type { Reply } from './reply';

/** What a command handler sees: the keyspace and the virtual clock (unix ms). */
export interface CommandContext {
  ks: Keyspace;
  now(): number;
}

/**
 * Where a command's keys are, as Redis's COMMAND reply gives them: argv positions from `first` to
 * `last` (negative counts from the end) every `step`. ioredis prefixes these with `keyPrefix`.
 */
interface KeySpec {
  first: number;
  last: number;
  step: number;
}

/** One Redis command. `arity` counts the command name, as Redis does: N exact, -N at least N. */
export interface CommandSpec {
  name: string;
  arity: number;
  keys: KeySpec | null;
  run(ctx: CommandContext, args: string[]): Reply;
}

/** The key spec of a command whose only key is its first argument. */
const FIRST_KEY: KeySpec = { first: 1, last: 1, step: 1 };

/** Keys for a command whose every argument from the first on is a key (DEL, MGET, SINTER). */
export const ALL_KEYS: KeySpec = { first: 1, last: -1, step: 1 };

/** Keys for commands that take no key (PING, KEYS, SCAN: a pattern is no key). */
export const NO_KEYS = null;

/** Shorthand for declaring a command family; a command's key is its first argument unless `keys` says otherwise. */
export function command(name: string, arity: number, run: CommandSpec['run'], keys: KeySpec | null = FIRST_KEY): CommandSpec {
  return { name, arity, keys, run };
}

/** The argv positions (name at 0) holding keys, for `argc` arguments after the name. */
export function keyPositions(spec: CommandSpec, argc: number): number[] {
  if (!spec.keys) return [];
  const { first, last, step } = spec.keys;
  const end = last < 0 ? argc + 1 + last : Math.min(last, argc);
  const out: number[] = [];
  for (let i = first; i <= end; i += step) out.push(i);
  return out;
}
