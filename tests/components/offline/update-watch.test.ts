import { describe, expect, it, vi } from 'vitest';
import { registerWorker, watchForUpdates, type WorkerContainer } from '../../../src/components/offline/update-watch';

/** A `navigator.serviceWorker` whose controller and takeovers the test sets. */
function fakeContainer(controller: object | null, register: WorkerContainer['register'] = () => Promise.resolve({})) {
  const listeners: (() => void)[] = [];
  const container = {
    controller,
    register: vi.fn(register),
    addEventListener: (_type: 'controllerchange', listener: () => void) => listeners.push(listener),
  };
  return { container, takeOver: () => listeners.forEach((l) => l()) };
}

describe('watchForUpdates', () => {
  it('announces a worker that takes over a page an older worker served', () => {
    const { container, takeOver } = fakeContainer({});
    const onUpdateReady = vi.fn();
    watchForUpdates(container, onUpdateReady);
    expect(onUpdateReady).not.toHaveBeenCalled();
    takeOver();
    expect(onUpdateReady).toHaveBeenCalledOnce();
  });

  it('stays quiet when the first worker claims a page that came from the network', () => {
    const { container, takeOver } = fakeContainer(null);
    const onUpdateReady = vi.fn();
    watchForUpdates(container, onUpdateReady);
    container.controller = {};
    takeOver();
    expect(onUpdateReady).not.toHaveBeenCalled();
  });
});

describe('registerWorker', () => {
  it('registers the worker at the top of the base, for every page under it', async () => {
    const { container } = fakeContainer(null);
    await registerWorker(container, '/modulo-05/');
    expect(container.register).toHaveBeenCalledWith('/modulo-05/sw.js', { scope: '/modulo-05/' });
  });

  it('takes a refusal (site data blocked, a private window) quietly', async () => {
    const { container } = fakeContainer(null, () => Promise.reject(new DOMException('denied', 'SecurityError')));
    await expect(registerWorker(container, '/')).resolves.toBeUndefined();
  });
});
