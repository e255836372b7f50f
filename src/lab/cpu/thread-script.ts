/**
 * The code each CPU thread runs, as JavaScript text so both platforms start threads from the
 * same source: Node passes it to `worker_threads` with `eval: true`, browsers load it as a
 * same-origin Blob URL. A task is a function's source text plus arguments, the way
 * ProcessPoolExecutor pickles a top-level function by reference and ships its arguments.
 */
const runTask = `
async function runTask(source, args) {
  const started = performance.now();
  try {
    const fn = new Function('"use strict"; return (' + source + ');')();
    const value = await fn(...args);
    return { ok: true, value, realMs: performance.now() - started };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { ok: false, error: { name: err.name, message: err.message }, realMs: performance.now() - started };
  }
}
async function handle(msg, post) {
  const result = await runTask(msg.source, msg.args);
  try {
    post({ id: msg.id, result });
  } catch (e) {
    post({ id: msg.id, result: { ok: false, error: { name: 'DataCloneError', message: String(e && e.message || e) }, realMs: result.realMs } });
  }
}
`;

/** Thread entry for Node's worker_threads (CommonJS, `eval: true`). */
export const nodeThreadScript = `${runTask}
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (msg) => handle(msg, (m) => parentPort.postMessage(m)));
`;

/** Thread entry for a browser Worker. */
export const browserThreadScript = `${runTask}
self.onmessage = (e) => handle(e.data, (m) => self.postMessage(m));
`;

/** Message from the pool to a thread. */
export interface TaskMessage {
  id: number;
  source: string;
  args: unknown[];
}
