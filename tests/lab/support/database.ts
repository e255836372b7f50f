import { VirtualClock } from '~/lab/clock/virtual-clock';
import { Database } from '~/lab/db/database';
import { dbEnv, type DbEnv } from '~/lab/db/env';
import { labText } from '~/lab/messages';

/** A lab database on its own virtual clock, for tests of the database parts. */
export function testDb(): { clock: VirtualClock; database: Database; env: DbEnv } {
  const clock = new VirtualClock();
  const database = new Database();
  return { clock, database, env: dbEnv(database, clock, labText.en) };
}
