/**
 * Gives a lab error the stack of the program's call that caused it. Errors are created deep in
 * the lab (a command handler, the planner), often past the engine's stack-trace depth, so the
 * runner could not find the program's line; the call site is captured when the call is made.
 */
export function withCallSite<T>(work: Promise<T>): Promise<T> {
  const site = new Error();
  return work.catch((e: unknown) => {
    if (e instanceof Error && site.stack) {
      const frames = site.stack.split('\n').slice(1).join('\n');
      e.stack = `${e.name}: ${e.message}\n${frames}`;
    }
    throw e;
  });
}
