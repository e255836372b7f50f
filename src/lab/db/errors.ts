/**
 * Errors of the lab's ORM, shaped like Prisma's (a code such as P2002 and a readable message), so a
 * program can `catch (e) { if (e.code === 'P2002') ... }` as it would in a real project.
 */
export class DbError extends Error {
  override name = 'DbError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** A call the lab cannot represent: wrong argument shape, unknown field, unsupported option. */
export function invalid(message: string): never {
  throw new DbError(message, 'P2009');
}
