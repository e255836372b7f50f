import type { Localized } from '../i18n/locales';

/**
 * The module's "Números de Referência", the single source of truth for the reference page,
 * its charts, the lab's latency model and the tests. The module's figures are primary;
 * newer published figures sit beside them, each with its source and year.
 */

export type SourceId = 'jeff-dean' | 'colin-scott' | 'napkin-math';

/** A published list of latencies; `short` is what a chart legend has room for. */
interface Source {
  id: SourceId;
  name: string;
  short: string;
  year: string;
  url?: string;
  about: Localized;
}

export const sources: readonly Source[] = [
  {
    id: 'jeff-dean',
    name: 'Jeff Dean, Latency numbers every programmer should know',
    short: 'Jeff Dean',
    year: '2010',
    about: {
      'pt-BR': 'a lista original, apresentada em palestras de 2010 a 2012; os valores de latência do módulo vêm dela',
      en: "the original list, shown in talks from 2010 to 2012; the module's latency figures come from it",
    },
  },
  {
    id: 'colin-scott',
    name: 'Colin Scott, Latency Numbers Every Programmer Should Know (interactive)',
    short: 'Colin Scott',
    year: '2020',
    url: 'https://colin-scott.github.io/personal_website/research/interactive_latency.html',
    about: {
      'pt-BR': 'página interativa que projeta a lista original ano a ano; usamos a projeção para 2020',
      en: 'an interactive page projecting the original list year by year; we use its projection for 2020',
    },
  },
  {
    id: 'napkin-math',
    name: 'sirupsen/napkin-math',
    short: 'napkin-math',
    year: '2017',
    url: 'https://github.com/sirupsen/napkin-math',
    about: {
      'pt-BR': 'medições de Simon Eskildsen feitas num laptop de 2017',
      en: "Simon Eskildsen's measurements on a 2017 laptop",
    },
  },
];

/** Looks a source up by id; the ids are a closed union, so this never misses. */
export function source(id: SourceId): Source {
  const found = sources.find((s) => s.id === id);
  if (!found) throw new Error(`unknown source: ${id}`);
  return found;
}

interface NewerFigure {
  /** Value in nanoseconds. */
  ns: number;
  note: Localized;
  /** Which entry of `sources` published it; `source`, `year` and `url` repeat that entry's fields. */
  sourceId: SourceId;
  source: string;
  year: string;
  url?: string;
}

/** The `source`, `year`, `url` and `sourceId` fields of a NewerFigure, from the sources list. */
function from(id: SourceId): Pick<NewerFigure, 'sourceId' | 'source' | 'year' | 'url'> {
  const s = source(id);
  return { sourceId: s.id, source: s.name, year: s.year, ...(s.url ? { url: s.url } : {}) };
}

/** Light in optical fibre travels at about two thirds of c: roughly 200 km per millisecond. */
export const FIBRE_KM_PER_MS = 200;

export interface LatencyRow {
  id: 'l1' | 'l2' | 'ram' | 'ssd' | 'net-same-dc' | 'hdd' | 'net-cross-dc';
  /** The row's label exactly as the module writes it. */
  moduleLabel: string;
  label: Localized;
  /** The module's figure in nanoseconds. */
  ns: number;
  /** The module's figure exactly as printed ("0.5 ns", "150 μs"). */
  moduleText: string;
  newer: NewerFigure[];
  /**
   * Network rows only: what the medium allows at best, a round trip between points
   * `distanceKm` apart at FIBRE_KM_PER_MS.
   */
  physicalFloor?: { ns: number; distanceKm: number; note: Localized };
}

const NS = 1;
export const US = 1_000;
export const MS = 1_000_000;

export const latencies: readonly LatencyRow[] = [
  {
    id: 'l1',
    moduleLabel: 'L1 cache',
    label: { 'pt-BR': 'Cache L1', en: 'L1 cache' },
    ns: 0.5 * NS,
    moduleText: '0.5 ns',
    newer: [
      {
        ns: 1 * NS,
        note: { 'pt-BR': 'projeção para 2020+', en: 'projection for 2020+' },
        ...from('colin-scott'),
      },
    ],
  },
  {
    id: 'l2',
    moduleLabel: 'L2 cache',
    label: { 'pt-BR': 'Cache L2', en: 'L2 cache' },
    ns: 7 * NS,
    moduleText: '7 ns',
    newer: [
      {
        ns: 4 * NS,
        note: { 'pt-BR': 'projeção para 2020+', en: 'projection for 2020+' },
        ...from('colin-scott'),
      },
    ],
  },
  {
    id: 'ram',
    moduleLabel: 'RAM',
    label: { 'pt-BR': 'RAM', en: 'RAM' },
    ns: 100 * NS,
    moduleText: '100 ns',
    newer: [
      {
        ns: 100 * NS,
        note: { 'pt-BR': 'projeção para 2020+', en: 'projection for 2020+' },
        ...from('colin-scott'),
      },
      {
        ns: 50 * NS,
        note: {
          'pt-BR': 'leitura aleatória de 64 bytes (sequencial: ~5 ns), medida num laptop de 2017',
          en: 'random 64-byte read (sequential: ~5 ns), measured on a 2017 laptop',
        },
        ...from('napkin-math'),
      },
    ],
  },
  {
    id: 'ssd',
    moduleLabel: 'SSD',
    label: { 'pt-BR': 'SSD', en: 'SSD' },
    ns: 150 * US,
    moduleText: '150 μs',
    newer: [
      {
        ns: 16 * US,
        note: { 'pt-BR': 'leitura aleatória de 4 KiB, projeção para 2020+', en: 'random 4 KiB read, projection for 2020+' },
        ...from('colin-scott'),
      },
      {
        ns: 100 * US,
        note: {
          'pt-BR': 'leitura aleatória de 8 KiB (sequencial de 8 KiB: ~1 μs)',
          en: 'random 8 KiB read (sequential 8 KiB: ~1 μs)',
        },
        ...from('napkin-math'),
      },
    ],
  },
  {
    id: 'net-same-dc',
    moduleLabel: 'Network (mesma DC)',
    label: { 'pt-BR': 'Rede (mesmo datacenter)', en: 'Network (same datacenter)' },
    ns: 500 * US,
    moduleText: '500 μs',
    newer: [
      {
        ns: 500 * US,
        note: { 'pt-BR': 'ida e volta no mesmo datacenter', en: 'round trip within one datacenter' },
        ...from('colin-scott'),
      },
      {
        ns: 250 * US,
        note: { 'pt-BR': 'entre duas zonas de uma mesma região de nuvem', en: 'between two zones of one cloud region' },
        ...from('napkin-math'),
      },
    ],
  },
  {
    id: 'hdd',
    moduleLabel: 'HDD',
    label: { 'pt-BR': 'HDD', en: 'HDD' },
    ns: 10 * MS,
    moduleText: '10 ms',
    newer: [
      {
        ns: 2.5 * MS,
        note: { 'pt-BR': 'seek de disco, projeção para a década de 2020 (~2–3 ms)', en: 'disk seek, projection for the 2020s (~2–3 ms)' },
        ...from('colin-scott'),
      },
    ],
  },
  {
    id: 'net-cross-dc',
    moduleLabel: 'Network (cross-DC)',
    label: { 'pt-BR': 'Rede (entre datacenters)', en: 'Network (cross-datacenter)' },
    ns: 150 * MS,
    moduleText: '150 ms',
    newer: [
      {
        ns: 150 * MS,
        note: {
          'pt-BR': 'ida e volta Califórnia–Holanda–Califórnia (lista original)',
          en: 'California–Netherlands–California round trip (the original list)',
        },
        ...from('jeff-dean'),
      },
    ],
    physicalFloor: {
      ns: 60 * MS,
      distanceKm: 6_000,
      note: {
        'pt-BR': 'a luz na fibra percorre ~200 km por ms: ida e volta entre pontos a ~6.000 km de distância não leva menos de ~60 ms',
        en: 'light in fibre covers ~200 km per ms: a round trip between points ~6,000 km apart cannot take less than ~60 ms',
      },
    },
  },
];

export interface ThroughputRow {
  id: 'fastapi' | 'postgresql' | 'redis' | 'nginx';
  /** The row's label exactly as the module writes it. */
  moduleLabel: string;
  label: Localized;
  /** Lower bound, operations per second. */
  min: number;
  /** Upper bound; `null` where the module says "+" (open-ended). */
  max: number | null;
  unit: 'req/s' | 'reads/s' | 'ops/s';
  /** The module's figure exactly as printed ("10k-20k req/s", "100k+ ops/s"). */
  moduleText: string;
}

export const throughputs: readonly ThroughputRow[] = [
  {
    id: 'fastapi',
    moduleLabel: 'FastAPI (async)',
    label: { 'pt-BR': 'FastAPI (async)', en: 'FastAPI (async)' },
    min: 10_000,
    max: 20_000,
    unit: 'req/s',
    moduleText: '10k-20k req/s',
  },
  {
    id: 'postgresql',
    moduleLabel: 'PostgreSQL',
    label: { 'pt-BR': 'PostgreSQL (leituras)', en: 'PostgreSQL (reads)' },
    min: 10_000,
    max: 40_000,
    unit: 'reads/s',
    moduleText: '10k-40k reads/s',
  },
  {
    id: 'redis',
    moduleLabel: 'Redis',
    label: { 'pt-BR': 'Redis', en: 'Redis' },
    min: 100_000,
    max: null,
    unit: 'ops/s',
    moduleText: '100k+ ops/s',
  },
  {
    id: 'nginx',
    moduleLabel: 'Nginx',
    label: { 'pt-BR': 'Nginx', en: 'Nginx' },
    min: 50_000,
    max: 100_000,
    unit: 'req/s',
    moduleText: '50k-100k req/s',
  },
];

/**
 * What the throughput figures depend on: they are orders of magnitude for one server,
 * not measurements of the reader's system.
 */
export const throughputDependsOn: Localized = {
  'pt-BR':
    'São ordens de grandeza para um único servidor. Os números reais dependem do hardware (núcleos de CPU, memória, disco, rede), do tamanho da carga (payload) e do trabalho feito em cada requisição, de pipelining (Redis), de conexões keep-alive (Nginx, FastAPI), do número de clientes concorrentes e de os dados estarem em memória ou não (PostgreSQL). Meça no seu ambiente antes de decidir.',
  en: 'These are orders of magnitude for one server. Real figures depend on the hardware (CPU cores, memory, disk, network), the payload size and the work done per request, pipelining (Redis), keep-alive connections (Nginx, FastAPI), the number of concurrent clients, and whether the data is in memory (PostgreSQL). Measure on your own setup before deciding.',
};

/** Looks a latency row up by id; the ids are a closed union, so this never misses. */
export function latency(id: LatencyRow['id']): LatencyRow {
  const row = latencies.find((r) => r.id === id);
  if (!row) throw new Error(`unknown latency row: ${id}`);
  return row;
}
