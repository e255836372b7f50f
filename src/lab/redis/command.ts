import type { Keyspace } from './keyspace';
import type { Reply } from './reply';

/** What a command handler sees: the keyspace and the virtual clock (unix ms). */
export interface CommandContext {
  ks: Keyspace;
  now(): number;
}

/** One Redis command. `arity` counts the command name, as Redis does: N exact, -N at least N. */
export interface CommandSpec {
  name: string;
  arity: number;
  run(ctx: CommandContext, args: string[]): Reply;
}

/** Shorthand for declaring a command family. */
export function command(name: string, arity: number, run: CommandSpec['run']): CommandSpec {
  return { name, arity, run };
}
