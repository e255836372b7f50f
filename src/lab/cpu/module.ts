import { formatMsFigure } from '../../i18n/format';
import { realNow } from '../clock/macrotask';
import { esModule, type LabPart, type PartContext } from '../part';
import { CpuPool, ThreadBudget, type CpuPoolOptions, type CpuStats } from './pool';

/** The `@lab/cpu` part: pools of real threads on real time. */
export function cpuPart(context: PartContext): LabPart {
  const { cpu, texts } = context;
  const cpuStats: CpuStats = { tasks: 0, threads: 0, realMs: 0 };
  const pools: CpuPool[] = [];
  const budget = new ThreadBudget(cpu.cores);
  return {
    module: esModule({
      /** A pool of real threads: `await createPool({ size: 4 }).map(fn, items)`. */
      createPool: (opts?: CpuPoolOptions) => {
        const pool = new CpuPool(cpu, context.realWork, texts, cpuStats, opts, budget, (name, realMs, ok) => {
          const at = context.clock.nowMs();
          context.trace.record('cpu', `${name}()`, at, at, { realMs: Math.round(realMs * 1000) / 1000, ok }, true);
        });
        pools.push(pool);
        return pool;
      },
      cores: cpu.cores,
      realNow,
    }),
    report: () =>
      cpuStats.tasks === 0
        ? null
        : {
            title: texts.cpuTitle,
            lines: [texts.cpuLine(cpuStats.tasks, cpuStats.threads, formatMsFigure(Math.round(cpuStats.realMs * 10) / 10, context.locale))],
          },
    dispose: () => pools.forEach((p) => p.close()),
  };
}
