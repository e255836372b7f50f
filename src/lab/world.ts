import type { Locale } from '../i18n/locales';
import { blockingPart } from './blocking/module';
import { withCallSite } from './call-site';
import { clockPart } from './clock/module';
import { perfHooksPart, timersPromisesPart } from './clock/node-shims';
import { RealWork } from './clock/real-work';
import { VIRTUAL_EPOCH_MS, VirtualClock } from './clock/virtual-clock';
import { cpuPart } from './cpu/module';
import type { CpuThreads } from './cpu/threads';
import { databasePart } from './db/module';
import { createLabHttp, type LabHttp } from './http/fetch';
import { httpPart } from './http/module';
import { loadPart } from './load/module';
import { labText } from './messages';
import type { LabPart, LabReport, PartContext, PartFactory } from './part';
import { redisPart } from './redis/module';
import { TraceRecorder } from './trace/recorder';
import { createLabPerformance, type LabPerformance } from './trace/user-timing';

/** What a world needs from its host. */
interface LabWorldOptions {
  locale: Locale;
  cpu: CpuThreads;
  /** Where reports go (the runner's host). */
  report(title: string, lines: string[]): void;
  /** Record the run's trace (default on; off only to measure what recording costs). */
  trace?: boolean;
}

/** Everything one run sees: a fresh clock, Redis, database, HTTP services and CPU pool. */
export interface LabWorld {
  clock: VirtualClock;
  realWork: RealWork;
  /** What the run's lab work and User Timing recorded. */
  trace: TraceRecorder;
  /** The `performance` a program gets, wherever it takes it from. */
  performance: LabPerformance;
  /** The global `fetch` a program gets. */
  fetch: LabHttp['fetch'];
  /** Resolves an import name to its lab module; null when the lab has none. */
  resolve(name: string): Record<string, unknown> | null;
  moduleNames(): string[];
  /** Reports of the parts the program used, in a stable order. */
  reports(): LabReport[];
  /** Releases real resources (CPU threads). */
  dispose(): void;
}

/** A part and the names a program imports it by. */
interface PartEntry {
  names: string[];
  create: PartFactory;
  eager?: true;
}

/**
 * The lab's parts, in report order, with the names a program imports them by. A part is created
 * on its first import, so unused ones cost nothing; an `eager` one exists from the start because
 * a program reaches it without importing it (the global `fetch` goes to the HTTP services).
 */
const registry: readonly PartEntry[] = [
  { names: ['ioredis', '@lab/redis'], create: redisPart },
  { names: ['@lab/db'], create: databasePart },
  { names: ['@lab/http'], create: httpPart, eager: true },
  { names: ['@lab/cpu'], create: cpuPart },
  { names: ['@lab/clock'], create: clockPart },
  { names: ['@lab/blocking'], create: blockingPart },
  { names: ['@lab/load'], create: loadPart },
  { names: ['node:perf_hooks', 'perf_hooks'], create: perfHooksPart },
  { names: ['node:timers/promises', 'timers/promises'], create: timersPromisesPart },
];

/** Builds a fresh world for one run. */
export function createLabWorld(options: LabWorldOptions): LabWorld {
  const clock = new VirtualClock();
  const realWork = new RealWork();
  const nowUnixMs = () => VIRTUAL_EPOCH_MS + clock.nowMs();
  const trace = new TraceRecorder(() => clock.nowMs(), options.trace !== false);
  const performance = createLabPerformance(() => clock.nowMs(), VIRTUAL_EPOCH_MS, trace);
  const http = createLabHttp(clock, nowUnixMs, options.locale, trace);
  const { locale, cpu, report } = options;
  const context: PartContext = { clock, nowUnixMs, locale, texts: labText[locale], report, realWork, cpu, http, trace, performance };
  const parts = new Map<PartEntry, LabPart>();
  const part = (entry: PartEntry) => parts.get(entry) ?? parts.set(entry, entry.create(context)).get(entry)!;
  for (const entry of registry) if (entry.eager) part(entry);

  return {
    clock,
    realWork,
    trace,
    performance,
    fetch: (input, init) => withCallSite(http.fetch(input, init)),
    resolve(name) {
      const entry = registry.find((e) => e.names.includes(name));
      return entry ? part(entry).module : null;
    },
    moduleNames: () => registry.flatMap((e) => e.names),
    reports: () => registry.flatMap((e) => parts.get(e)?.report() ?? []),
    dispose() {
      for (const p of parts.values()) p.dispose?.();
    },
  };
}
