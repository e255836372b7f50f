import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import { lockDown, lockDownScript, type LockdownControl } from '~/runner/worker/lockdown';

/**
 * A separate realm standing in for a Worker's global scope, with the capabilities a Worker has,
 * some on the prototype as in browsers. The lock-down runs as source text inside it, as it does
 * in the CPU threads, so nothing of the test runner's own realm is changed.
 */
function workerLikeRealm() {
  const calls: string[] = [];
  const sandbox = {
    record: (name: string) => calls.push(name),
    XMLHttpRequest: class {},
    WebSocket: class {},
    EventSource: class {},
    Worker: class {},
    BroadcastChannel: class {},
    FontFace: class {},
    indexedDB: { open: () => calls.push('indexedDB') },
    caches: { open: () => calls.push('caches') },
    postMessage: () => calls.push('postMessage'),
    close: () => calls.push('close'),
    navigator: Object.create({ storage: { getDirectory: () => calls.push('storage') }, hardwareConcurrency: 4 }),
    URL: class {
      static createObjectURL() {
        calls.push('createObjectURL');
        return 'blob:x';
      }
    },
    setTimeout: (fn: unknown) => (typeof fn === 'function' ? 1 : calls.push('string timer')),
  };
  const context = vm.createContext(sandbox);
  // Browsers define some of these on the global's prototype (WorkerGlobalScope.prototype).
  vm.runInContext(
    `var self = globalThis;
     const scopeProto = Object.create(Object.getPrototypeOf(globalThis));
     scopeProto.fetch = function fetch() { record('fetch'); };
     scopeProto.importScripts = function importScripts() { record('importScripts'); };
     Object.setPrototypeOf(globalThis, scopeProto);`,
    context,
  );
  const run = (code: string) => vm.runInContext(code, context);
  const errorOf = (code: string): string =>
    run(`(() => { try { ${code}; return 'no error'; } catch (e) { return e.name + ': ' + e.message; } })()`);
  return { run, errorOf, calls };
}

describe('lockDown', () => {
  it('removes every way to reach the network, with a clear message', () => {
    const realm = workerLikeRealm();
    realm.run(lockDownScript());
    for (const code of [
      "fetch('https://example.com')",
      "self.fetch('https://example.com')",
      'new XMLHttpRequest()',
      "new WebSocket('wss://example.com')",
      "new EventSource('https://example.com')",
      "importScripts('https://example.com/x.js')",
      "new Worker('https://example.com/w.js')",
      "new FontFace('x', 'url(https://example.com/f.woff)')",
      "caches.open('x')",
    ]) {
      expect(realm.errorOf(code), code).toMatch(/is not available \(playground programs run in an isolated Worker/);
    }
    // The originals are gone from the prototype too, not just shadowed.
    expect(realm.run('typeof Object.getPrototypeOf(self).fetch')).toBe('undefined');
    expect(realm.run('typeof Object.getPrototypeOf(self).importScripts')).toBe('undefined');
    expect(realm.calls).toEqual([]);
  });

  it('removes storage and page messaging', () => {
    const realm = workerLikeRealm();
    realm.run(lockDownScript());
    expect(realm.errorOf("indexedDB.open('x')")).toMatch(/^ReferenceError: indexedDB is not available/);
    expect(realm.errorOf('navigator.storage.getDirectory()')).toMatch(/navigator.storage is not available/);
    expect(realm.errorOf("new BroadcastChannel('x')")).toMatch(/BroadcastChannel is not available/);
    expect(realm.errorOf("postMessage({ type: 'events', events: [] })")).toMatch(/postMessage is not available/);
    expect(realm.errorOf('close()')).toMatch(/close is not available/);
    expect(realm.errorOf("URL.createObjectURL('x')")).toMatch(/URL.createObjectURL is not available/);
    expect(realm.run('navigator.hardwareConcurrency')).toBe(4);
    expect(realm.calls).toEqual([]);
  });

  it('keeps postMessage for CPU threads that reply to their pool, but not close', () => {
    const realm = workerLikeRealm();
    realm.run(lockDownScript({ keepMessaging: true }));
    realm.run('postMessage(1)');
    expect(realm.errorOf('close()')).toMatch(/close is not available/);
    expect(realm.calls).toEqual(['postMessage']);
    expect(realm.errorOf("fetch('x')")).toMatch(/fetch is not available/);
  });

  it('refuses code from strings that imports a module, through every constructor', () => {
    const realm = workerLikeRealm();
    realm.run(lockDownScript());
    for (const code of [
      `eval("import('https://example.com/x.js')")`,
      `(0, eval)("import ('https://example.com/x.js')")`,
      `new Function("return import('https://example.com/x.js')")`,
      `Function("return import/**/('https://example.com/x.js')")`,
      `(function () {}).constructor("return import('x')")`,
      `(async function () {}).constructor("await import('x')")`,
      `(function* () {}).constructor("yield import('x')")`,
      `(async function* () {}).constructor("yield import('x')")`,
      `Reflect.construct(Function, ["return import.meta"])`,
    ]) {
      expect(realm.errorOf(code), code).toMatch(/^EvalError: dynamic import\(\) in code built from a string is not available/);
    }
    expect(realm.errorOf('setTimeout("fetch(1)", 0)')).toMatch(/setTimeout with a string of code is not available/);
    expect(realm.calls).toEqual([]);
  });

  it('still lets programs build ordinary code from strings', () => {
    const realm = workerLikeRealm();
    realm.run(lockDownScript());
    expect(realm.run('new Function("a", "b", "return a + b")(2, 3)')).toBe(5);
    expect(realm.run('eval("[1, 2].map((x) => x * 2).join()")')).toBe('2,4');
    expect(realm.run('(function () {}) instanceof Function')).toBe(true);
    expect(realm.run('(function () {}).constructor === Function')).toBe(true);
    expect(realm.run('typeof setTimeout(() => {}, 0)')).toBe('number');
    expect(realm.run('Function("return this")() === self')).toBe(true);
  });

  it('lets the runner compile the program once even if its comments mention import(), then checks again', () => {
    const realm = workerLikeRealm();
    const control = realm.run(`(${lockDown.toString()})(self, {})`) as LockdownControl;
    control.allowNextCompile();
    expect(realm.run('typeof new Function("// see import(x) in the docs\\nreturn 1")')).toBe('function');
    expect(realm.errorOf('new Function("// import(x)\\nreturn 1")')).toMatch(/^EvalError/);
  });
});
