// cProfile + pstats, o equivalente mais fiel: um profiler
// determinístico embrulha cada função, conta as chamadas e mede o tempo.
// O trabalho de CPU é medido no relógio real (realNow); no laboratório o
// performance.now() é o relógio virtual, que só o I/O faz andar.
import { realNow } from '@lab/clock';

type Stat = { calls: number; tottime: number; cumtime: number; depth: number };
const stats = new Map<string, Stat>();
const stack: { childMs: number }[] = [];

function profile<A extends unknown[], R>(name: string, fn: (...args: A) => R) {
  return (...args: A): R => {
    const s = stats.get(name) ?? { calls: 0, tottime: 0, cumtime: 0, depth: 0 };
    stats.set(name, s);
    const frame = { childMs: 0 };
    stack.push(frame);
    s.calls++;
    s.depth++;
    const start = realNow();
    try {
      return fn(...args);
    } finally {
      const elapsed = realNow() - start;
      stack.pop();
      s.depth--;
      s.tottime += elapsed - frame.childMs; // tempo próprio, sem as chamadas
      if (s.depth === 0) s.cumtime += elapsed; // recursão conta uma vez
      if (stack.length > 0) stack[stack.length - 1]!.childMs += elapsed;
    }
  };
}

// O código estudado: achar documentos quase duplicados.
const buildDocs = profile('buildDocs', (n: number) =>
  Array.from({ length: n }, (_, i) => `Pedido ${i % 50} do cliente ${i % 7} ` +
    `item ${i % 11} PAGO`),
);
const tokenize = profile('tokenize', (text: string) => text.split(' '));
// Ponto quente: normaliza os dois documentos de novo a cada chamada, e
// é chamada para cada par (normalizar uma vez por documento resolve).
const similarity = profile('similarity', (a: string[], b: string[]) => {
  const words = new Set(a.map((w) => w.toLowerCase()));
  const common = b.filter((w) => words.has(w.toLowerCase())).length;
  return common / Math.max(a.length, b.length);
});
const findDuplicates = profile('findDuplicates', (docs: string[][]) => {
  let found = 0;
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (similarity(docs[i]!, docs[j]!) > 0.8) found++;
    }
  }
  return found;
});
const expensiveFunction = profile('expensiveFunction', () =>
  findDuplicates(buildDocs(200).map((d) => tokenize(d))),
);

const result = expensiveFunction();
console.log(`pares quase duplicados: ${result}`);

// stats.sort_stats('cumulative').print_stats(10)
const ms = (n: number) => Number(n.toFixed(3));
const rows = [...stats]
  .sort(([, a], [, b]) => b.cumtime - a.cumtime)
  .slice(0, 10)
  .map(([name, s]) => ({
    ncalls: s.calls,
    'tottime ms': ms(s.tottime),
    'cumtime ms': ms(s.cumtime),
    'percall μs': ms((1000 * s.cumtime) / s.calls),
    function: name,
  }));
console.table(rows);
const [hot] = [...stats].sort(([, a], [, b]) => b.tottime - a.tottime)[0]!;
console.log(`Mais tempo próprio (tottime): ${hot}`);
// Leia o cumtime de cima para baixo (expensiveFunction → findDuplicates
// → similarity) para achar o caminho; o tottime diz onde o tempo é gasto.
// Embrulhar custa algo em cada chamada, então uma função pequena chamada
// 19.900 vezes parece mais lenta do que é: confirme com um benchmark.
