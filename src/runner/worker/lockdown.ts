/**
 * Locks down the global scope of the Worker (and of its CPU threads) before a reader's program
 * runs there, so the program cannot reach the network, the browser's storage or the page.
 * A Worker already has no DOM, cookies or localStorage; what it still has, and what is taken
 * away here, is every way to open a connection or load code: fetch, XMLHttpRequest, WebSocket,
 * EventSource, WebTransport, importScripts, nested Workers, font loading, the Cache API (whose
 * `add` fetches), plus IndexedDB, BroadcastChannel and navigator.storage/serviceWorker. Code
 * built from strings (eval, the Function constructors, string timers) is refused when it
 * contains a dynamic `import`, the one way left to load a module from another host.
 *
 * `lockDown` is self-contained (no imports, no outer bindings) so its source text can be
 * prepended to the classic-script CPU threads: see `lockDownScript`.
 */

/** What the caller keeps after locking down. */
export interface LockdownControl {
  /**
   * Lets the next string-to-code compilation through unchecked: the runner's own compilation of
   * the (already transpiled) program, whose comments and strings may mention `import(`.
   */
  allowNextCompile(): void;
}

export interface LockdownOptions {
  /**
   * Keep `postMessage`: CPU threads reply to their pool with it. `close` goes either way: a thread
   * that closed itself would leave its task waiting until the run's time limit.
   */
  keepMessaging?: boolean;
}

/** Removes network, storage and code-loading capabilities from `scope` (a Worker's global). */
export function lockDown(scope: Record<string, unknown>, options: LockdownOptions = {}): LockdownControl {
  const note =
    " (playground programs run in an isolated Worker: no network, no storage, no page; call fetch(...) to reach the lab's services)";
  const unavailable = (name: string) => `${name} is not available${note}`;

  function removeEverywhere(target: object, name: string) {
    let current: object | null = target;
    while (current !== null && current !== Object.prototype) {
      const descriptor = Object.getOwnPropertyDescriptor(current, name);
      if (descriptor && descriptor.configurable) delete (current as Record<string, unknown>)[name];
      current = Object.getPrototypeOf(current);
    }
  }

  function blockFunction(name: string) {
    if (!(name in scope)) return;
    removeEverywhere(scope, name);
    const stub = function () {
      throw new TypeError(unavailable(name));
    };
    Object.defineProperty(stub, 'name', { value: name });
    Object.defineProperty(scope, name, { value: stub, writable: true, configurable: true, enumerable: false });
  }

  function blockObject(target: object, name: string, label: string) {
    if (!(name in target)) return;
    removeEverywhere(target, name);
    const holder = target === scope ? scope : (Object.getPrototypeOf(target) ?? target);
    Object.defineProperty(holder, name, {
      get() {
        throw new ReferenceError(unavailable(label));
      },
      configurable: true,
      enumerable: false,
    });
  }

  const callables = [
    'fetch',
    'fetchLater',
    'XMLHttpRequest',
    'WebSocket',
    'WebSocketStream',
    'EventSource',
    'WebTransport',
    'importScripts',
    'Worker',
    'SharedWorker',
    'BroadcastChannel',
    'FontFace',
    'RTCPeerConnection',
    'Notification',
    'close',
  ];
  if (!options.keepMessaging) callables.push('postMessage');
  for (const name of callables) blockFunction(name);
  for (const name of ['indexedDB', 'caches', 'fonts', 'cookieStore']) blockObject(scope, name, name);
  const nav = scope.navigator as object | undefined;
  if (nav) for (const name of ['serviceWorker', 'storage', 'sendBeacon']) blockObject(nav, name, `navigator.${name}`);
  const url = scope.URL as { createObjectURL?: unknown } | undefined;
  if (url && 'createObjectURL' in url) {
    // A Blob URL is how a nested Worker with its own fetch would be started.
    Object.defineProperty(url, 'createObjectURL', {
      value: () => {
        throw new TypeError(unavailable('URL.createObjectURL'));
      },
      writable: true,
      configurable: true,
    });
  }

  // Code from strings: allowed, unless it imports a module (from anywhere, including other hosts).
  const dynamicImport = /\bimport\s*(?:\(|\.|\/[/*])/;
  let allowance = 0;
  const EvalErrorCtor = scope.EvalError as ErrorConstructor;
  function check(parts: unknown[]) {
    if (allowance > 0) {
      allowance--;
      return;
    }
    const text = parts.map((p) => String(p)).join('\n');
    if (dynamicImport.test(text)) throw new EvalErrorCtor(`dynamic import() in code built from a string is not available${note}`);
  }
  function guardConstructor(Real: FunctionConstructor): FunctionConstructor {
    const guarded = function (this: unknown, ...args: unknown[]) {
      check(args);
      return Reflect.construct(Real, args);
    };
    Object.defineProperty(guarded, 'name', { value: Real.name });
    Object.defineProperty(guarded, 'prototype', { value: Real.prototype });
    Object.defineProperty(Real.prototype, 'constructor', { value: guarded, writable: true, configurable: true });
    return guarded as unknown as FunctionConstructor;
  }
  // The async, generator and async generator constructors have no global name; reach them through a prototype.
  const otherConstructors = [async function () {}, function* () {}, async function* () {}].map(
    (f) => Object.getPrototypeOf(f).constructor as FunctionConstructor,
  );
  const guardedFunction = guardConstructor(scope.Function as FunctionConstructor);
  for (const Variant of otherConstructors) guardConstructor(Variant);
  Object.defineProperty(scope, 'Function', { value: guardedFunction, writable: true, configurable: true });
  const realEval = scope.eval as (code: unknown) => unknown;
  Object.defineProperty(scope, 'eval', {
    value: function (code: unknown) {
      if (typeof code === 'string') check([code]);
      return realEval(code);
    },
    writable: true,
    configurable: true,
  });
  for (const name of ['setTimeout', 'setInterval']) {
    const real = scope[name] as ((handler: unknown, ...rest: unknown[]) => unknown) | undefined;
    if (typeof real !== 'function') continue;
    Object.defineProperty(scope, name, {
      value: function (handler: unknown, ...rest: unknown[]) {
        if (typeof handler !== 'function') throw new TypeError(`${name} with a string of code is not available${note}`);
        return real.call(scope, handler, ...rest);
      },
      writable: true,
      configurable: true,
    });
  }

  return {
    allowNextCompile() {
      allowance = 1;
    },
  };
}

/** Script text that locks down a classic Worker's global scope; prepend it to the Worker's script. */
export function lockDownScript(options: LockdownOptions = {}): string {
  return `(${lockDown.toString()})(self, ${JSON.stringify(options)});\n`;
}
