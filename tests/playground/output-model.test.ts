import { describe, expect, it } from 'vitest';
import { applyRunEvents, finishOutput, idleOutput, startOutput, type OutputState } from '~/playground/output-model';
import { OUTPUT_LINE_CAP, type RunEvent } from '~/runner/protocol';

/** The first error that points at a line of the program. */
function firstErrorLine(state: OutputState): number | undefined {
  for (const e of state.entries) if (e.kind === 'error' && e.line !== undefined) return e.line;
  return undefined;
}

const log = (runId: number, text: string): RunEvent => ({ type: 'console', runId, level: 'log', parts: [{ kind: 'text', text }] });

describe('output model', () => {
  it('collects console lines, reports and errors in order, and the timing of done', () => {
    let s = startOutput(1);
    s = applyRunEvents(s, [
      log(1, 'a'),
      { type: 'stats', runId: 1, title: 'Query log', lines: ['SELECT 1'] },
      { type: 'console', runId: 1, level: 'warn', parts: [{ kind: 'text', text: 'careful' }] },
    ]);
    s = applyRunEvents(s, [
      { type: 'error', runId: 1, phase: 'runtime', message: 'TypeError: x', line: 4, column: 2 },
      { type: 'done', runId: 1, ok: false, simulatedMs: 300, realMs: 12 },
    ]);
    s = finishOutput(s, { reason: 'done', ok: false });
    expect(s.status).toBe('failed');
    expect(s.timing).toEqual({ simulatedMs: 300, realMs: 12 });
    expect(s.entries.map((e) => e.kind)).toEqual(['console', 'stats', 'console', 'error']);
    expect(new Set(s.entries.map((e) => e.id)).size).toBe(4);
    expect(firstErrorLine(s)).toBe(4);
  });

  it('ignores events of another run and events after the end', () => {
    let s = startOutput(2);
    s = applyRunEvents(s, [log(1, 'stale'), log(2, 'mine')]);
    s = finishOutput(s, { reason: 'stopped' });
    const after = applyRunEvents(s, [log(2, 'late')]);
    expect(after).toBe(s);
    expect(s.entries).toHaveLength(1);
    expect(s.status).toBe('stopped');
  });

  it('an ok run that reported an error (an unhandled rejection) counts as failed', () => {
    let s = applyRunEvents(startOutput(1), [{ type: 'error', runId: 1, phase: 'unhandled-rejection', message: 'Error: later' }]);
    s = finishOutput(s, { reason: 'done', ok: true });
    expect(s.status).toBe('failed');
  });

  it('keeps the status of a run that ended by time limit or crash', () => {
    expect(finishOutput(startOutput(1), { reason: 'time-limit', limitMs: 5000 }).status).toBe('time-limit');
    expect(finishOutput(startOutput(1), { reason: 'crashed', message: 'x' }).status).toBe('crashed');
    expect(finishOutput(applyRunEvents(startOutput(1), [log(1, 'x')]), { reason: 'done', ok: true }).status).toBe('ok');
  });

  it('shows the worker truncation note once and nothing printed after it', () => {
    let s = applyRunEvents(startOutput(1), [log(1, 'a'), { type: 'truncated', runId: 1, shown: 1 }, log(1, 'b')]);
    s = applyRunEvents(s, [{ type: 'truncated', runId: 1, shown: 1 }]);
    expect(s.entries.map((e) => e.kind)).toEqual(['console', 'truncated']);
  });

  it('caps console lines on its own even if the worker does not', () => {
    const events = Array.from({ length: OUTPUT_LINE_CAP + 50 }, (_, i) => log(1, String(i)));
    const s = applyRunEvents(startOutput(1), events);
    expect(s.entries.filter((e) => e.kind === 'console')).toHaveLength(OUTPUT_LINE_CAP);
    expect(s.entries.at(-1)).toMatchObject({ kind: 'truncated', shown: OUTPUT_LINE_CAP });
  });

  it('starts idle with nothing to show', () => {
    expect(idleOutput()).toEqual({ status: 'idle', entries: [] });
    expect(applyRunEvents(idleOutput(), [log(1, 'x')]).entries).toEqual([]);
  });
});
