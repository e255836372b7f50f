import { describe, expect, it } from 'vitest';
import type { LoadChartRun } from '~/lab/load/chart-data';
import { PAGE_OUTPUT_LIMITS as L } from '~/playground/output-limits';
import { applyRunEvents, outputEntries, startOutput, type OutputEntry } from '~/playground/output-model';
import type { RunEvent } from '~/runner/protocol';

const second = { sent: 10, completed: 9, failed: 1, timedOut: 0, refused: 0, p50: 5, p90: 8, p99: 12, inFlight: 0.5 };
const run = (over: Partial<LoadChartRun> = {}): LoadChartRun => ({
  label: 'run 1',
  arrivalRate: 10,
  latencyMeanMs: 5,
  inFlightMean: 0.05,
  predictedInFlight: 0.05,
  totalSeconds: 2,
  seconds: [second, second],
  ...over,
});
const loadEvent = (runs: unknown[]): RunEvent => ({ type: 'load', runId: 1, title: 'Load tests', runs: runs as LoadChartRun[] });
const loads = (events: RunEvent[]) =>
  outputEntries(applyRunEvents(startOutput(1), events)).filter((e): e is Extract<OutputEntry, { kind: 'load' }> => e.kind === 'load');

describe('output model: load charts', () => {
  it('keeps a load event as its own entry, after the report it came with', () => {
    const entries = outputEntries(
      applyRunEvents(startOutput(1), [{ type: 'stats', runId: 1, title: 'Load tests', lines: ['run 1: …'] }, loadEvent([run()])]),
    );
    expect(entries.map((e) => e.kind)).toEqual(['stats', 'load']);
    expect(entries[1]).toEqual({ kind: 'load', id: 1, title: 'Load tests', runs: [run()], hiddenRuns: 0 });
  });

  it('keeps only known fields, and turns numbers it cannot trust into 0', () => {
    const [entry] = loads([
      loadEvent([
        {
          ...run(),
          label: 'x'.repeat(L.loadLabelChars + 50),
          arrivalRate: Number.NaN,
          extra: 'ignored',
          seconds: [{ ...second, p99: -3, sent: Infinity, hostile: { deep: true } }, 'not a second'],
        },
      ]),
    ]);
    const shown = entry!.runs[0]!;
    expect(shown.label).toHaveLength(L.loadLabelChars);
    expect(shown.arrivalRate).toBe(0);
    expect(shown).not.toHaveProperty('extra');
    expect(shown.seconds[0]).toEqual({ ...second, p99: 0, sent: 0 });
    expect(shown.seconds[1]).toEqual({ sent: 0, completed: 0, failed: 0, timedOut: 0, refused: 0, p50: 0, p90: 0, p99: 0, inFlight: 0 });
  });

  it('cuts runs and seconds to the page’s limits, saying how many there were', () => {
    const long = run({ totalSeconds: 5, seconds: Array.from({ length: L.loadSeconds + 30 }, () => second) });
    const [entry] = loads([loadEvent(Array.from({ length: L.loadRuns + 4 }, () => long))]);
    expect(entry!.runs).toHaveLength(L.loadRuns);
    expect(entry!.hiddenRuns).toBe(4);
    expect(entry!.runs[0]!.seconds).toHaveLength(L.loadSeconds);
    // A total below what was sent cannot be true: it is at least the seconds kept.
    expect(entry!.runs[0]!.totalSeconds).toBe(L.loadSeconds);
  });

  it('counts a load chart as a report, so a flood of them stops at the report limit', () => {
    const events = Array.from({ length: L.reports + 5 }, () => loadEvent([run()]));
    const entries = outputEntries(applyRunEvents(startOutput(1), events));
    expect(entries.filter((e) => e.kind === 'load')).toHaveLength(L.reports);
    expect(entries.at(-1)).toMatchObject({ kind: 'truncated', limit: 'reports' });
  });

  it('ignores a load event whose runs are not a list', () => {
    const [entry] = loads([{ type: 'load', runId: 1, title: 'Load tests', runs: 'nope' } as unknown as RunEvent]);
    expect(entry!.runs).toEqual([]);
  });
});
