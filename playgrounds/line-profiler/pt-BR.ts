// A ideia do line_profiler em poucas linhas: reescrever a função para
// que cada linha que começa um comando avise antes "agora, linha N". O
// tempo até o próximo aviso pertence à linha N (chamadas incluídas).
// O tempo de CPU aqui é real (realNow); escreva um comando por linha.
import { realNow } from '@lab/clock';

const column = {
  hits: 'Execuções',
  ms: 'Tempo (ms)',
  share: '% Tempo',
  line: 'Conteúdo da linha',
};

function lineProfile<A extends unknown[], R>(fn: (...args: A) => R) {
  const lines = fn.toString().split('\n'); // o JavaScript que de fato roda
  const hits = lines.map(() => 0);
  const time = lines.map(() => 0);
  let current = -1;
  let since = 0;
  const stop = () => {
    if (current >= 0) time[current]! += realNow() - since;
  };
  const hit = (line: number) => {
    stop();
    hits[line]!++;
    current = line;
    since = realNow();
  };
  // Uma linha de comando termina em ; ou { e não continua outra.
  const statement = /^\s*(?![}).\]]|else\b|catch\b|finally\b)\S.*[;{]\s*$/;
  const mark = (text: string, i: number) =>
    i > 0 && statement.test(text) ? `__hit(${i}); ${text}` : text;
  const body = lines.map(mark).join('\n');
  const compile = new Function('__hit', `return (${body});`);
  const instrumented = compile(hit) as typeof fn;
  return {
    run(...args: A): R {
      try {
        return instrumented(...args);
      } finally {
        stop();
        current = -1;
      }
    },
    // lp.print_stats(): execuções, tempo e fatia do total por linha.
    printStats() {
      const total = time.reduce((a, b) => a + b, 0);
      const round = (n: number, digits: number) => Number(n.toFixed(digits));
      console.log(`${fn.name}: ${round(total, 2)} ms no total`);
      const rows = lines.map((text, i) => hits[i] ? {
        [column.hits]: hits[i],
        [column.ms]: round(time[i]!, 2),
        [column.share]: round((100 * time[i]!) / total, 1),
        [column.line]: text.trim(),
      } : { [column.line]: text.trim() });
      console.table(rows, Object.values(column));
    },
  };
}

// ❌ Array.includes varre a lista toda: O(n) por pedido, O(n²) no total.
function uniqueOrders(orders: number[]) {
  const seen: number[] = [];
  for (const id of orders) {
    if (!seen.includes(id)) seen.push(id);
  }
  let total = 0;
  for (const id of seen) {
    total += id % 100;
  }
  return `${seen.length} únicos, checksum ${total}`;
}

// ✅ Um Set responde "já vi?" em O(1).
function uniqueOrdersSet(orders: number[]) {
  const seen = new Set<number>();
  for (const id of orders) {
    if (!seen.has(id)) seen.add(id);
  }
  let total = 0;
  for (const id of seen) {
    total += id % 100;
  }
  return `${seen.size} únicos, checksum ${total}`;
}

// 12.000 pedidos com ids que se repetem entre 6.000 (determinístico).
const orders = Array.from({ length: 12_000 }, (_, i) => (i * 7919) % 6_000);
const count = (n: number) => n.toLocaleString('pt-BR');
console.log(`${count(orders.length)} pedidos, ${count(new Set(orders).size)} ids distintos`);
for (const fn of [uniqueOrders, uniqueOrdersSet]) {
  const lp = lineProfile(fn);
  console.log(`${fn.name}(orders) → ${lp.run(orders)}`);
  lp.printStats();
}
// Compare o tempo da linha 3 nas duas: as mesmas execuções, uma fração
// do tempo. Parte do que sobra é o custo do próprio profiler por execução.
