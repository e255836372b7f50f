import { ReplyError } from '~/lab/redis/reply';

/** The Redis error text `run` throws, null when it throws nothing, or a note when it throws something else. */
export function replyErrorOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (e) {
    return e instanceof ReplyError ? e.message : `not a reply error: ${String(e)}`;
  }
}
