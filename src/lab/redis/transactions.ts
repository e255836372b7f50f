import { ReplyError, type Reply } from './reply';

/**
 * MULTI/EXEC/DISCARD state of one connection, as Redis 7.0 keeps it: commands are queued and
 * answered QUEUED; a command rejected while queueing (unknown, wrong arity) makes EXEC abort;
 * an error raised while executing is returned in EXEC's array and the rest still run.
 */
export class Transaction {
  private queued: string[][] | null = null;
  private dirty = false;

  get active(): boolean {
    return this.queued !== null;
  }

  multi(): Reply {
    if (this.queued) return new ReplyError('ERR MULTI calls can not be nested');
    this.queued = [];
    this.dirty = false;
    return 'OK';
  }

  /** Records that a command was rejected while queueing, so EXEC will abort. */
  markDirty(): void {
    if (this.queued) this.dirty = true;
  }

  queue(argv: string[]): Reply {
    this.queued!.push(argv);
    return 'QUEUED';
  }

  discard(): Reply {
    if (!this.queued) return new ReplyError('ERR DISCARD without MULTI');
    this.queued = null;
    return 'OK';
  }

  /** Runs the queued commands through `run`, or aborts when one was rejected while queueing. */
  exec(run: (argv: string[]) => Reply): Reply {
    if (!this.queued) return new ReplyError('ERR EXEC without MULTI');
    const queued = this.queued;
    const dirty = this.dirty;
    this.queued = null;
    if (dirty) return new ReplyError('EXECABORT Transaction discarded because of previous errors.');
    return queued.map((argv) => run(argv));
  }
}

/** Commands that run immediately even inside MULTI. */
export const transactionControl = new Set(['multi', 'exec', 'discard', 'watch', 'unwatch', 'quit', 'reset']);
