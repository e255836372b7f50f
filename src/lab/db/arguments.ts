import { invalid } from './errors';

function kind(v: unknown): string {
  if (v === null) return 'Null';
  if (Array.isArray(v)) return 'List';
  return (
    { string: 'String', number: 'Number', boolean: 'Boolean', function: 'Function', bigint: 'BigInt', symbol: 'Symbol' } as Record<
      string,
      string
    >
  )[typeof v]!;
}

/**
 * The argument object of a model call, checked as Prisma's validation does before anything is
 * sent: it must be an object (or absent when nothing is required), and each required key present.
 */
export function callArgs(args: unknown, call: string, required: readonly string[] = []): Record<string, unknown> {
  if (args === undefined) {
    if (required.length > 0) invalid(`Invalid \`${call}()\` invocation: Argument \`${required[0]}\` is missing.`);
    return {};
  }
  if (typeof args !== 'object' || args === null || Array.isArray(args))
    invalid(`Invalid \`${call}()\` invocation: Argument of ${call} must be an object, provided ${kind(args)}.`);
  const a = args as Record<string, unknown>;
  for (const key of required) if (a[key] === undefined) invalid(`Invalid \`${call}()\` invocation: Argument \`${key}\` is missing.`);
  return a;
}
