/**
 * Waiting for one real macrotask: by then every pending microtask (every `await` that can
 * proceed) has run. The runner uses it between timers. The real functions are captured when
 * this module loads, so nothing a program shadows can change them.
 */

const realSetImmediate = (globalThis as { setImmediate?: (cb: () => void) => unknown }).setImmediate;
const RealMessageChannel = (globalThis as { MessageChannel?: typeof MessageChannel }).MessageChannel;
const realSetTimeout = globalThis.setTimeout;

function viaMessageChannel(): () => Promise<void> {
  const channel = new RealMessageChannel!();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
}

/** Resolves on the next real macrotask (setImmediate in Node, a MessageChannel hop in browsers). */
export const nextMacrotask: () => Promise<void> = realSetImmediate
  ? () => new Promise<void>((resolve) => realSetImmediate(resolve))
  : RealMessageChannel
    ? viaMessageChannel()
    : () => new Promise<void>((resolve) => realSetTimeout(resolve, 0));

/** The real high-resolution clock, for CPU work that runs on real cores. */
export function realNow(): number {
  return globalThis.performance.now();
}
