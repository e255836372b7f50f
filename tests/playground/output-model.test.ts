import { describe, expect, it } from 'vitest';
import { PAGE_OUTPUT_LIMITS as L } from '~/playground/output-limits';
import {
  applyRunEvents,
  finishOutput,
  idleOutput,
  outputEntries,
  refusedOutput,
  startOutput,
  type OutputEntry,
  type OutputState,
} from '~/playground/output-model';
import { OUTPUT_LINE_CAP, type RunEvent } from '~/runner/protocol';

/** The first error that points at a line of the program. */
function firstErrorLine(state: OutputState): number | undefined {
  for (const e of outputEntries(state)) if (e.kind === 'error' && e.line !== undefined) return e.line;
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
    expect(outputEntries(s).map((e) => e.kind)).toEqual(['console', 'stats', 'console', 'error']);
    expect(new Set(outputEntries(s).map((e) => e.id)).size).toBe(4);
    expect(firstErrorLine(s)).toBe(4);
  });

  it('ignores events of another run and events after the end', () => {
    let s = startOutput(2);
    s = applyRunEvents(s, [log(1, 'stale'), log(2, 'mine')]);
    s = finishOutput(s, { reason: 'stopped' });
    const after = applyRunEvents(s, [log(2, 'late')]);
    expect(after).toBe(s);
    expect(outputEntries(s)).toHaveLength(1);
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
    expect(outputEntries(s).map((e) => e.kind)).toEqual(['console', 'truncated']);
  });

  it('caps console lines on its own even if the worker does not', () => {
    const events = Array.from({ length: OUTPUT_LINE_CAP + 50 }, (_, i) => log(1, String(i)));
    const s = applyRunEvents(startOutput(1), events);
    expect(outputEntries(s).filter((e) => e.kind === 'console')).toHaveLength(OUTPUT_LINE_CAP);
    expect(outputEntries(s).at(-1)).toMatchObject({ kind: 'truncated', shown: OUTPUT_LINE_CAP });
  });

  it('a refused program shows its length and accepts no events', () => {
    const s = refusedOutput(2_000_000);
    expect(s).toMatchObject({ status: 'too-large', refusedChars: 2_000_000 });
    expect(applyRunEvents(s, [log(1, 'x')])).toBe(s);
  });

  it('starts idle with nothing to show', () => {
    expect(idleOutput().status).toBe('idle');
    expect(outputEntries(applyRunEvents(idleOutput(), [log(1, 'x')]))).toEqual([]);
  });
});

const kinds = (s: OutputState) => outputEntries(s).map((e) => e.kind);
const notes = (s: OutputState) => outputEntries(s).filter((e) => e.kind === 'truncated');
const only = <K extends OutputEntry['kind']>(s: OutputState, kind: K) =>
  outputEntries(s).filter((e): e is Extract<OutputEntry, { kind: K }> => e.kind === kind);
const error = (runId: number, message: string): RunEvent => ({ type: 'error', runId, phase: 'unhandled-rejection', message });
const report = (runId: number, lines: string[]): RunEvent => ({ type: 'stats', runId, title: 'Query log', lines });
const table = (rows: number, columns: number): RunEvent => ({
  type: 'console',
  runId: 1,
  level: 'log',
  parts: [
    {
      kind: 'table',
      columns: Array.from({ length: columns }, (_, c) => `c${c}`),
      rows: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => `${r}:${c}`)),
    },
  ],
});

describe('the page caps what it shows, whatever the worker sends', () => {
  it('caps events per run, with one note', () => {
    const events = Array.from({ length: L.events + 500 }, (_, i) => report(1, [String(i)]));
    // Reports have a lower cap of their own; spread them over kinds that stay under theirs.
    const mixed = events.map((e, i) => (i % 2 === 0 ? e : log(1, 'x')));
    const s = applyRunEvents(startOutput(1), mixed);
    const limits = notes(s).map((e) => e.kind === 'truncated' && e.limit);
    expect(limits).toContain('events');
    expect(outputEntries(s).filter((e) => e.kind !== 'truncated').length).toBeLessThanOrEqual(L.events);
  });

  it('counts the lines inside one printed text and cuts it there', () => {
    const text = Array.from({ length: L.lines + 10 }, (_, i) => String(i)).join('\n');
    const s = applyRunEvents(startOutput(1), [log(1, text), log(1, 'after')]);
    const [line] = only(s, 'console');
    const part = line!.parts[0]!;
    expect(part.kind === 'text' && part.text.split('\n')).toHaveLength(L.lines);
    expect(part).toMatchObject({ cutLines: 10 });
    expect(kinds(s)).toEqual(['console', 'truncated']);
  });

  it('cuts one long line to its first characters and says how many were cut', () => {
    const s = applyRunEvents(startOutput(1), [log(1, 'x'.repeat(L.lineChars + 123))]);
    expect(only(s, 'console')[0]!.parts[0]).toMatchObject({ text: 'x'.repeat(L.lineChars), cutChars: 123 });
  });

  it('caps the characters of a whole run', () => {
    const line = 'y'.repeat(L.lineChars);
    const count = L.runChars / L.lineChars + 5;
    const s = applyRunEvents(
      startOutput(1),
      Array.from({ length: count }, () => log(1, line)),
    );
    let chars = 0;
    for (const e of only(s, 'console')) for (const p of e.parts) chars += p.kind === 'text' ? p.text.length : 0;
    expect(chars).toBe(L.runChars);
    expect(notes(s)).toMatchObject([{ limit: 'chars', shown: L.runChars }]);
  });

  it('cuts a 50 MB error message, and shows only the first errors of a flood of rejections', () => {
    let s = applyRunEvents(startOutput(1), [error(1, 'E'.repeat(50_000_000))]);
    expect(only(s, 'error')[0]).toMatchObject({ cutChars: 50_000_000 - L.errorChars });
    expect(only(s, 'error')[0]!.message).toHaveLength(L.errorChars);
    s = applyRunEvents(
      s,
      Array.from({ length: 100_000 }, () => error(1, 'Error: later')),
    );
    expect(only(s, 'error')).toHaveLength(L.errors);
    expect(notes(s).map((e) => e.kind === 'truncated' && e.limit)).toEqual(['errors', 'events']);
  });

  it('cuts a 999 × 100 table to its cell cap and says how many rows and columns were left out', () => {
    const s = applyRunEvents(startOutput(1), [table(999, 100)]);
    const part = only(s, 'console')[0]!.parts[0]!;
    if (part.kind !== 'table') throw new Error('expected a table');
    expect(part.columns).toHaveLength(L.tableColumns);
    expect((part.rows.length + 1) * part.columns.length).toBeLessThanOrEqual(L.tableCells);
    expect(part.hiddenRows).toBe(999 - part.rows.length);
    expect(part.hiddenColumns).toBe(100 - L.tableColumns);
    expect(part.rows.every((r) => r.length === L.tableColumns)).toBe(true);
  });

  it('cuts table cells to their first characters', () => {
    const s = applyRunEvents(startOutput(1), [
      { type: 'console', runId: 1, level: 'log', parts: [{ kind: 'table', columns: ['a'], rows: [['z'.repeat(L.cellChars + 1)]] }] },
    ]);
    const part = only(s, 'console')[0]!.parts[0]!;
    expect(part).toMatchObject({ kind: 'table', rows: [['z'.repeat(L.cellChars)]], cutCells: 1 });
  });

  it('caps the lines of one report and the number of reports', () => {
    let s = applyRunEvents(startOutput(1), [report(1, Array.from({ length: L.reportLines + 7 }, String))]);
    expect(only(s, 'stats')[0]).toMatchObject({ hiddenLines: 7 });
    expect(only(s, 'stats')[0]!.lines).toHaveLength(L.reportLines);
    s = applyRunEvents(
      s,
      Array.from({ length: L.reports + 10 }, () => report(1, ['x'])),
    );
    expect(only(s, 'stats')).toHaveLength(L.reports);
    expect(notes(s)).toMatchObject([{ limit: 'reports', shown: L.reports }]);
  });

  it('ignores events of the wrong shape instead of rendering them', () => {
    const forged = [
      null,
      { type: 'console', runId: 1, level: 'shout', parts: 'not a list' },
      {
        type: 'console',
        runId: 1,
        level: 'nope',
        parts: [
          { kind: 'text', text: { toString: 1 } },
          { kind: 'html', html: '<img>' },
        ],
      },
      { type: 'error', runId: 1, phase: 'compile', message: 42, line: -3 },
      { type: 'stats', runId: 1, title: ['t'], lines: 'abc' },
    ] as unknown as RunEvent[];
    const s = applyRunEvents(startOutput(1), forged);
    expect(only(s, 'console')).toEqual([
      { kind: 'console', id: 0, level: 'log', parts: [{ kind: 'text', text: '', cutChars: 0, cutLines: 0 }] },
    ]);
    expect(only(s, 'error')[0]).toMatchObject({ message: '', line: undefined });
    expect(only(s, 'stats')[0]).toMatchObject({ title: '', lines: [] });
  });

  it('returns the same state when a batch adds nothing, so the page does not re-render', () => {
    const full = applyRunEvents(
      startOutput(1),
      Array.from({ length: L.errors + 1 }, () => error(1, 'e')),
    );
    expect(applyRunEvents(full, [error(1, 'e')])).toBe(full);
  });

  it('appends a batch without copying what came before, and an older state keeps its own entries', () => {
    const first = applyRunEvents(startOutput(1), [log(1, 'a')]);
    const second = applyRunEvents(first, [log(1, 'b')]);
    expect(second.log).toBe(first.log);
    expect(outputEntries(first)).toHaveLength(1);
    // Applying to the older state again (React may call an updater twice) forks instead of corrupting.
    const again = applyRunEvents(first, [log(1, 'c')]);
    expect(outputEntries(again).map((e) => e.kind === 'console' && e.parts[0])).toMatchObject([{ text: 'a' }, { text: 'c' }]);
    expect(outputEntries(second).map((e) => e.kind === 'console' && e.parts[0])).toMatchObject([{ text: 'a' }, { text: 'b' }]);
  });
});
