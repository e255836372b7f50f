// The module's @benchmark decorator. TypeScript's @decorators only
// apply to classes and their members, so the idiom is a function that
// takes a function and returns a wrapped one (what Python's @ does).
// Sleeps run on the lab's virtual clock: 1 s passes for performance.now()
// in no real time. CPU work does not move that clock (use realNow).
import { sleep } from '@lab/clock';
import { sleepSync } from '@lab/blocking';

const seconds = (ms: number) => `${(ms / 1000).toFixed(4)}s`;

// ❌ A word-for-word translation: fine for blocking code, but an async
// function returns a Promise at once, so it stops the clock too early.
function benchmarkSync<A extends unknown[], R>(fn: (...args: A) => R) {
  const wrapper = (...args: A): R => {
    const start = performance.now();
    const result = fn(...args);
    const end = performance.now();
    console.log(`${fn.name} took ${seconds(end - start)}`);
    return result;
  };
  return Object.defineProperty(wrapper, 'name', { value: fn.name }); // @wraps
}

// ✅ Waits for the Promise when there is one, then reports.
function benchmark<A extends unknown[], R>(fn: (...args: A) => R) {
  const report = (start: number) =>
    console.log(`${fn.name} took ${seconds(performance.now() - start)}`);
  const wrapper = (...args: A): R => {
    const start = performance.now();
    const result = fn(...args);
    if (result instanceof Promise) {
      return result.finally(() => report(start)) as R;
    }
    report(start);
    return result;
  };
  return Object.defineProperty(wrapper, 'name', { value: fn.name });
}

// time.sleep(1): blocks the whole thread (nothing else runs meanwhile).
function slowFunctionSync() {
  sleepSync(1000);
  return 'done';
}
// await asyncio.sleep(1): the event loop serves others meanwhile.
async function slowFunction() {
  await sleep(1000);
  return 'done';
}

console.log('1) module decorator, blocking sleep:');
console.log('→', benchmarkSync(slowFunctionSync)());
console.log('2) module decorator, async function:');
console.log('→', await benchmarkSync(slowFunction)()); // 0.0000s: wrong
console.log('3) promise-aware decorator, async function:');
console.log('→', await benchmark(slowFunction)());
