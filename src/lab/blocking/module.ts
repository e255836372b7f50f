import { formatMsFigure } from '../../i18n/format';
import { esModule, type LabPart, type PartContext } from '../part';
import { createBlocking } from './thread-pool';

/** The `@lab/blocking` part: blocking calls and a thread pool for them, on virtual time. */
export function blockingPart(context: PartContext): LabPart {
  const { texts } = context;
  const blocking = createBlocking(context.clock, context.http, context.nowUnixMs, texts, context.trace);
  return {
    module: esModule({ fetchSync: blocking.fetchSync, sleepSync: blocking.sleepSync, createThreadPool: blocking.createThreadPool }),
    report: () =>
      blocking.stats.tasks > 0 || blocking.stats.mainThreadBlockedMs > 0
        ? {
            title: texts.blockingTitle,
            lines: [texts.blockingLine(formatMsFigure(blocking.stats.mainThreadBlockedMs, context.locale), blocking.stats.tasks)],
          }
        : null,
  };
}
