/**
 * A load run in the output panel: the chart of `layoutLoadChart`, or the same figures as a table,
 * a picker when the program ran several loads, and Little's law on the run. Loaded lazily by the
 * output panel the first time a program sends a load chart, so a page without one never pays for it.
 */
import { useId, useState } from 'react';
import type { LoadChartRun } from '../lab/load/chart-data';
import type { Locale } from '../i18n/locales';
import { formatCount } from '../i18n/format';
import { layoutLoadChart, LOAD_FRAME, type Percentile } from '../charts/load-chart-layout';
import { loadChartText, type LoadChartText } from '../playground/load-chart-strings';
import { loadFigure as figure, loadMs as ms } from '../lab/load/summary';
import './load-chart.css';

interface LoadChartProps {
  title: string;
  runs: LoadChartRun[];
  hiddenRuns: number;
  locale: Locale;
}

const PERCENTILES: readonly Percentile[] = ['p50', 'p90', 'p99'];

function Chart({ run, t, locale, id }: { run: LoadChartRun; t: LoadChartText; locale: Locale; id: string }) {
  const chart = layoutLoadChart(run, locale);
  const sum = (f: (s: LoadChartRun['seconds'][number]) => number) => run.seconds.reduce((n, s) => n + f(s), 0);
  const desc = t.svgDesc({
    sent: formatCount(
      sum((s) => s.sent),
      locale,
    ),
    seconds: formatCount(run.seconds.length, locale),
    peakRate: formatCount(Math.max(0, ...run.seconds.map((s) => s.sent)), locale),
    worstP99: ms(Math.max(0, ...run.seconds.map((s) => s.p99)), locale),
    errors: formatCount(
      sum((s) => s.failed + s.timedOut),
      locale,
    ),
    refused: formatCount(
      sum((s) => s.refused),
      locale,
    ),
  });
  const [left, right] = chart.plotX;
  return (
    <svg
      className="lc-chart"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
    >
      <title id={`${id}-t`}>{t.svgTitle(run.label)}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <text className="lc-panel-title" x={left} y={chart.traffic.top - 8}>
        {t.trafficTitle}
      </text>
      <text className="lc-panel-title" x={left} y={chart.latency.top - 8}>
        {t.latencyTitle}
      </text>
      {[chart.traffic, chart.latency].map((panel, p) => (
        <g key={p} className="lc-grid">
          {panel.ticks.map((tick, i) => (
            <g key={i}>
              <line x1={left} x2={right} y1={tick.y} y2={tick.y} />
              <text x={left - 4} y={tick.y + 3} textAnchor="end">
                {tick.label}
              </text>
            </g>
          ))}
        </g>
      ))}
      <g className="lc-bars">
        {chart.traffic.bars.map((bar) =>
          bar.segments.map((s) => (
            <rect key={`${bar.second}-${s.kind}`} className={`lc-${s.kind}`} x={bar.x} y={s.y} width={bar.width} height={s.height} />
          )),
        )}
      </g>
      <path className="lc-arrival" d={chart.traffic.arrival} />
      <path className="lc-mark-errors" d={chart.marks.errors.d} />
      <path className="lc-mark-refused" d={chart.marks.refused.d} />
      {PERCENTILES.map((p) => (
        <path key={p} className={`lc-line lc-${p}`} d={chart.latency.lines[p]} />
      ))}
      <line className="lc-axis" x1={left} x2={right} y1={chart.traffic.bottom} y2={chart.traffic.bottom} />
      <line className="lc-axis" x1={left} x2={right} y1={chart.xAxisY} y2={chart.xAxisY} />
      <g className="lc-grid">
        {chart.xTicks.map((tick, i) => (
          <text key={i} x={tick.x} y={chart.xAxisY + LOAD_FRAME.tickLine} textAnchor="middle">
            {tick.label}
          </text>
        ))}
        <text x={right} y={chart.height - 2} textAnchor="end">
          {t.timeAxis}
        </text>
      </g>
    </svg>
  );
}

function Legend({ t }: { t: LoadChartText }) {
  const items: [string, string][] = [
    ['completed', t.legend.completed],
    ['errors', t.legend.errors],
    ['refused', t.legend.refused],
    ['arrival', t.legend.arrival],
    ['p50', t.legend.p50],
    ['p90', t.legend.p90],
    ['p99', t.legend.p99],
  ];
  return (
    <ul className="lc-legend" aria-hidden="true">
      {items.map(([key, label]) => (
        <li key={key}>
          <span className={`lc-key lc-key-${key}`} />
          {label}
        </li>
      ))}
    </ul>
  );
}

function Table({ run, t, locale }: { run: LoadChartRun; t: LoadChartText; locale: Locale }) {
  const c = t.columns;
  const n = (v: number) => formatCount(v, locale);
  return (
    <div className="pg-table-wrap" tabIndex={0} role="region" aria-label={t.tableCaption(run.label)}>
      <table className="pg-table lc-table">
        <caption className="pg-visually-hidden">{t.tableCaption(run.label)}</caption>
        <thead>
          <tr>
            {[c.second, c.sent, c.completed, c.failed, c.timedOut, c.refused, c.p50, c.p90, c.p99, c.inFlight].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {run.seconds.map((s, i) => (
            <tr key={i}>
              <th scope="row">{n(i)}</th>
              <td>{n(s.sent)}</td>
              <td>{n(s.completed)}</td>
              <td>{n(s.failed)}</td>
              <td>{n(s.timedOut)}</td>
              <td>{n(s.refused)}</td>
              <td>{ms(s.p50, locale)}</td>
              <td>{ms(s.p90, locale)}</td>
              <td>{ms(s.p99, locale)}</td>
              <td>{figure(s.inFlight, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One load chart entry of the output panel. */
export function LoadChart({ title, runs, hiddenRuns, locale }: LoadChartProps) {
  const t = loadChartText[locale];
  const id = useId();
  const [picked, setPicked] = useState(0);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const run = runs[Math.min(picked, runs.length - 1)];
  if (!run) return null;
  return (
    <section className="lc" aria-labelledby={`${id}-h`} data-load-chart>
      <p className="pg-report-title" id={`${id}-h`}>
        {title}
      </p>
      <div className="lc-controls">
        {runs.length > 1 && (
          <label className="lc-picker">
            {t.runPicker}{' '}
            <select value={picked} onChange={(e) => setPicked(Number(e.target.value))}>
              {runs.map((r, i) => (
                <option key={i} value={i}>
                  {r.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="lc-views" role="group" aria-label={t.viewLabel}>
          {(['chart', 'table'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {t[v]}
            </button>
          ))}
        </div>
      </div>
      {view === 'chart' ? (
        <>
          <Chart run={run} t={t} locale={locale} id={`${id}-c`} />
          <Legend t={t} />
        </>
      ) : (
        <Table run={run} t={t} locale={locale} />
      )}
      <p className="lc-little" data-little>
        {t.little({
          measured: figure(run.inFlightMean, locale),
          rate: figure(run.arrivalRate, locale),
          latency: ms(run.latencyMeanMs, locale),
          predicted: figure(run.predictedInFlight, locale),
        })}
      </p>
      {run.totalSeconds > run.seconds.length && (
        <p className="pg-cut">{t.secondsCut(formatCount(run.seconds.length, locale), formatCount(run.totalSeconds, locale))}</p>
      )}
      {hiddenRuns > 0 && <p className="pg-cut">{t.runsCut(formatCount(hiddenRuns, locale))}</p>}
    </section>
  );
}
