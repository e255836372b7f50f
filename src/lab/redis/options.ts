import { errors, fail } from './reply';
import { asciiUpper } from './words';

/**
 * Command options declared as data: which words a command accepts after its fixed arguments,
 * which take values, which exclude each other, and the Redis error each mistake gives. A command
 * reads its argv with `readOptions` into a typed object and then decides on that object.
 *
 * Mistakes found while reading come out in argv order, as Redis finds them: an unknown word (the
 * grammar's `unknown` error, a syntax error by default), a word missing its values, a word whose
 * group already has another member, a `once` word given again (syntax errors all), or a value its
 * reader rejects. The grammar's `conflicts` are checked after the whole argv is read, in order.
 */

/** A word that stands alone. */
interface FlagSpec {
  /** Words of one group exclude each other: meeting a second member is a syntax error. */
  group?: string;
  /** The word may be given only once. */
  once?: boolean;
}

/** A word followed by `takes` values, which `read` turns into the option's value as they are met. */
interface ValuedSpec<T> extends FlagSpec {
  takes: number;
  read(values: string[]): T;
}

type OptionSpec = FlagSpec | ValuedSpec<unknown>;

type Specs = Record<string, OptionSpec>;

/** Options a command was given: `true` for a flag, the read value for a valued word (the last one when repeated). */
export type Options<S extends Specs> = { -readonly [K in keyof S]?: S[K] extends ValuedSpec<infer T> ? T : true };

/** Combinations rejected once everything is read: at most one of `oneOf`, or `option` with none of `notWith`. */
type Conflict<K> = { oneOf: K[]; error: string } | { option: K; notWith: K[]; error: string };

export interface OptionGrammar<S extends Specs> {
  /** The words, spelled in uppercase; argv may spell them in any ASCII case. */
  words: S;
  /** The error for a word the grammar does not know (default: a syntax error). */
  unknown?: (word: string) => string;
  conflicts?: Conflict<keyof S & string>[];
}

/** Declares a grammar, keeping its words' types for `Options`. */
export function optionGrammar<S extends Specs>(grammar: OptionGrammar<S>): OptionGrammar<S> {
  return grammar;
}

function specOf<S extends Specs>(grammar: OptionGrammar<S>, word: string): [keyof S & string, OptionSpec] | undefined {
  const name = asciiUpper(word);
  return Object.hasOwn(grammar.words, name) ? [name, grammar.words[name]!] : undefined;
}

function given(options: Record<string, unknown>, name: string): boolean {
  return options[name] !== undefined;
}

function checkConflicts<S extends Specs>(grammar: OptionGrammar<S>, options: Options<S>): void {
  const has = (name: string) => given(options, name);
  for (const conflict of grammar.conflicts ?? []) {
    const clash = 'oneOf' in conflict ? conflict.oneOf.filter(has).length > 1 : has(conflict.option) && conflict.notWith.some(has);
    if (clash) fail(conflict.error);
  }
}

/** Reads every argument as an option of `grammar`, failing with the Redis error of the first mistake. */
export function readOptions<S extends Specs>(grammar: OptionGrammar<S>, args: readonly string[]): Options<S> {
  const options: Record<string, unknown> = {};
  const groups = new Map<string, string>();
  let i = 0;
  while (i < args.length) {
    const word = args[i]!;
    const found = specOf(grammar, word);
    if (!found) fail(grammar.unknown ? grammar.unknown(word) : errors.syntax);
    const [name, spec] = found;
    const takes = 'takes' in spec ? spec.takes : 0;
    if (i + takes >= args.length) fail(errors.syntax);
    if (spec.once && given(options, name)) fail(errors.syntax);
    if (spec.group !== undefined) {
      const member = groups.get(spec.group);
      if (member !== undefined && member !== name) fail(errors.syntax);
      groups.set(spec.group, name);
    }
    options[name] = 'takes' in spec ? spec.read(args.slice(i + 1, i + 1 + takes)) : true;
    i += 1 + takes;
  }
  checkConflicts(grammar, options as Options<S>);
  return options as Options<S>;
}

/**
 * Splits an argv whose options come first (ZADD): the leading words the grammar knows, and the
 * rest from the first word it does not, where the positional arguments begin.
 */
export function splitLeadingOptions<S extends Specs>(grammar: OptionGrammar<S>, args: readonly string[]): [string[], string[]] {
  const end = args.findIndex((word) => !specOf(grammar, word));
  return end === -1 ? [[...args], []] : [args.slice(0, end), args.slice(end)];
}
