import { VirtualClock } from '~/lab/clock/virtual-clock';
import { Database } from '~/lab/db/database';
import type { DbEnv } from '~/lab/db/engine';
import { labText } from '~/lab/messages';

/** A lab database on its own virtual clock, for tests of the database parts. */
export function testDb(): { clock: VirtualClock; database: Database; env: DbEnv } {
  const clock = new VirtualClock();
  const database = new Database();
  const env: DbEnv = {
    database,
    texts: labText.en,
    delay: (ms) => clock.delay(ms),
    nowMs: () => clock.nowMs(),
    schedule: (ms, fn) => clock.schedule(ms, fn),
    cancel: (id) => clock.cancel(id),
  };
  return { clock, database, env };
}
