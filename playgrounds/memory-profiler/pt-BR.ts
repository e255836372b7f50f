// O @profile do memory_profiler mostra quanta memória cada linha soma.
// Um Worker do navegador não tem API para isso (performance.memory só
// existe na thread principal do Chrome; measureUserAgentSpecificMemory
// exige página com isolamento cross-origin), e o laboratório, como um
// navegador, não tem `process`. Então MEDIMOS o que dá e ESTIMAMOS o resto.

export {}; // um módulo: os nomes são só dele, como em todo playground

const n = 1_000_000;
const MB = (bytes: number) => `${(bytes / 1e6).toLocaleString('pt-BR')} MB`;
// No Node puro isto mede o heap; aqui dá NaN.
const heapUsed = () =>
  typeof process !== 'undefined' ? process.memoryUsage().heapUsed : NaN;

function* range(stop: number) {
  for (let i = 0; i < stop; i++) yield i;
}
function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
// Conta valores criados e ainda não usados: o máximo guardado ao mesmo
// tempo. Isto é medido, e é com isto que a memória cresce.
function meter() {
  let held = 0;
  let peak = 0;
  return {
    *made(values: Iterable<number>) {
      for (const v of values) {
        peak = Math.max(peak, ++held);
        yield v;
      }
    },
    *used(values: Iterable<number>) {
      for (const v of values) {
        held--;
        yield v;
      }
    },
    peak: () => peak,
  };
}

// ❌ data = [i for i in range(1000000)]; sum(data): a lista inteira
// existe antes de a soma começar.
const list = meter();
const before = heapUsed();
const data = [...list.made(range(n))];
const grew = heapUsed() - before;
const listSum = sum(list.used(data));
// ✅ sum(i for i in range(1000000)): um valor por vez.
const stream = meter();
const streamSum = sum(stream.used(stream.made(range(n))));
// O tamanho de um typed array é exato: o seu byteLength.
const typed = Float64Array.from({ length: n }, (_, i) => i);

const estimate = `≈ ${MB(4 * n)}–${MB(8 * n)} (estimado)`;
console.table({
  'lista (Array)': {
    'soma': listSum,
    'guardados juntos': list.peak(),
    'memória': Number.isNaN(grew) ? estimate : `${MB(grew)} (medido)`,
  },
  'Float64Array': {
    'soma': sum(typed),
    'guardados juntos': typed.length,
    'memória': `${MB(typed.byteLength)} (medido)`,
  },
  'gerador': {
    'soma': streamSum,
    'guardados juntos': stream.peak(),
    'memória': 'constante: não cresce com n',
  },
});
// A estimativa: um inteiro pequeno num array JS ocupa 4 bytes com
// compressão de ponteiros (Chrome) e 8 sem ela (Node). A lista do Python
// guarda um ponteiro de 8 bytes por item e um objeto int de 28: ≈ 36 MB.
