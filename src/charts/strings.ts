import type { Localized } from '../i18n/locales';

/** UI strings of the reference-number charts, in both languages. */
export interface ChartStrings {
  operation: string;
  moduleFigure: string;
  latency: {
    caption: string;
    title: string;
    /** Introduces the list of values in the SVG's <desc>. */
    descIntro: string;
    descFloor: (value: string) => string;
    tableCaption: string;
    newerColumn: string;
    legendModule: string;
    legendLabel: string;
    floorShort: string;
    floorCell: string;
    noNewer: string;
  };
  human: {
    caption: string;
    title: string;
    descIntro: string;
    tableCaption: string;
    humanColumn: string;
  };
  throughput: {
    caption: string;
    title: string;
    descIntro: string;
    tableCaption: string;
    system: string;
    range: string;
    openEnded: string;
    orMore: (value: string) => string;
  };
  sources: {
    title: string;
    module: string;
    floor: string;
  };
}

export const chartStrings: Localized<ChartStrings> = {
  'pt-BR': {
    operation: 'Operação',
    moduleFigure: 'Módulo',
    latency: {
      caption:
        'Latência típica num eixo logarítmico: cada linha vertical vale 10 vezes a anterior, de 0,1 ns a 1 s. O ponto cheio é o valor do módulo; os marcadores vazados são medições mais recentes.',
      title: 'Latência típica, em escala logarítmica',
      descIntro: 'Valores do módulo',
      descFloor: (v) => `Limite físico da rede entre datacenters (luz na fibra): cerca de ${v}.`,
      tableCaption: 'Latência típica: valores do módulo e medições mais recentes',
      newerColumn: 'Medições mais recentes (fonte, ano)',
      legendModule: 'valor do módulo',
      legendLabel: 'Legenda',
      floorShort: 'limite físico',
      floorCell: 'Limite físico',
      noNewer: '—',
    },
    human: {
      caption:
        'Escala humana: cada latência multiplicada por um bilhão, de modo que 1 ns vira 1 s. Os pontos ficam onde estavam no gráfico anterior; só o eixo muda para segundos, dias e anos.',
      title: 'Latência em escala humana (1 ns vira 1 s)',
      descIntro: 'Cada latência do módulo multiplicada por um bilhão',
      tableCaption: 'Latência em escala humana (× 1 bilhão)',
      humanColumn: 'Em escala humana',
    },
    throughput: {
      caption:
        'Throughput esperado por servidor, em operações por segundo, num eixo linear a partir de zero para que o comprimento das barras possa ser comparado. A barra do Redis não tem fim: o módulo diz apenas “100k+”.',
      title: 'Throughput esperado, em faixas',
      descIntro: 'Faixas do módulo, em operações por segundo',
      tableCaption: 'Throughput esperado: faixas do módulo',
      system: 'Sistema',
      range: 'Faixa por segundo',
      openEnded: 'sem limite superior',
      orMore: (v) => `${v} ou mais`,
    },
    sources: {
      title: 'Fontes',
      module: 'Módulo 05 — Performance e Concorrência, seção “Números de Referência”: os valores primários desta página.',
      floor: 'Limite físico: a luz na fibra óptica viaja a cerca de dois terços da velocidade no vácuo, uns 200 km por milissegundo.',
    },
  },
  en: {
    operation: 'Operation',
    moduleFigure: 'Module',
    latency: {
      caption:
        "Typical latency on a logarithmic axis: each vertical line is 10 times the previous one, from 0.1 ns to 1 s. The filled dot is the module's figure; the hollow markers are newer measurements.",
      title: 'Typical latency, on a logarithmic scale',
      descIntro: "The module's figures",
      descFloor: (v) => `Physical floor of the cross-datacenter network (light in fibre): about ${v}.`,
      tableCaption: "Typical latency: the module's figures and newer measurements",
      newerColumn: 'Newer measurements (source, year)',
      legendModule: "module's figure",
      legendLabel: 'Legend',
      floorShort: 'physical floor',
      floorCell: 'Physical floor',
      noNewer: '—',
    },
    human: {
      caption:
        'Human scale: every latency multiplied by one billion, so 1 ns becomes 1 s. The dots stay where they were in the chart above; only the axis turns into seconds, days and years.',
      title: 'Latency on a human scale (1 ns becomes 1 s)',
      descIntro: "Each of the module's latencies multiplied by one billion",
      tableCaption: 'Latency on a human scale (× one billion)',
      humanColumn: 'On a human scale',
    },
    throughput: {
      caption:
        'Expected throughput of one server, in operations per second, on a linear axis from zero so bar lengths can be compared. The Redis bar has no end: the module only says “100k+”.',
      title: 'Expected throughput, as ranges',
      descIntro: "The module's ranges, in operations per second",
      tableCaption: "Expected throughput: the module's ranges",
      system: 'System',
      range: 'Range per second',
      openEnded: 'no upper bound given',
      orMore: (v) => `${v} or more`,
    },
    sources: {
      title: 'Sources',
      module:
        'Module 05 — Performance and Concurrency, section “Números de Referência” (reference numbers): the primary figures on this page.',
      floor: 'Physical floor: light in optical fibre travels at about two thirds of its speed in a vacuum, some 200 km per millisecond.',
    },
  },
};
