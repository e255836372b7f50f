// Regra de ouro, trabalho CPU-bound: divida entre processos
// (ProcessPoolExecutor no módulo). Ao contrário do I/O, aqui o trabalho
// de CPU é REAL: roda nos núcleos da sua máquina e é medido no relógio
// real, então a aceleração depende de quantos núcleos você tem.
// Os workers do JS não compartilham um GIL: cada um tem o próprio
// interpretador, então aqui eles fazem o papel dos processos do
// ProcessPoolExecutor. Threads Python comuns não acelerariam este cálculo.
import { createPool, cores, realNow } from '@lab/cpu';

// Conta primos em [from, to) por divisão por tentativa: só cálculo.
// Precisa ser autocontida: o pool envia o código dela para outro
// worker (como o pickle de uma função de topo), então ela não enxerga
// variáveis de fora. Os dados entram pelo argumento.
function countPrimes([from, to]: [number, number]): number {
  let count = 0;
  for (let n = Math.max(2, from); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

// 8 faixas de 0 a 800.000: o `data` de executor.map(fn, data).
const chunk = 100_000;
const data = Array.from({ length: 8 }, (_, i): [number, number] => [
  i * chunk,
  (i + 1) * chunk,
]);
const fmt = (n: number) => n.toLocaleString('pt-BR');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const times = (r: number) => `${r.toLocaleString('pt-BR', oneDecimal)}×`;
console.log(`Núcleos lógicos disponíveis: ${cores}`);
console.log(`Tarefa: contar primos abaixo de ${fmt(8 * chunk)} em 8 faixas`);

// ❌ Thread principal: uma faixa depois da outra, num só núcleo. Num
// navegador ou num servidor Node, todo o resto também congela enquanto isso.
let start = realNow();
const onMain = data.map(countPrimes);
const mainMs = realNow() - start;
console.log(
  `Thread principal: ${fmt(sum(onMain))} primos em ${mainMs.toFixed(0)} ms`,
);

// ✅ Pool: um worker por núcleo (mais workers que núcleos ou que tarefas
// não ganha nada). Eles sobem uma vez, como o executor do `with`.
const pool = createPool({ size: Math.min(cores, data.length) });
await pool.map((x: number) => x, data.map((_, i) => i)); // aquecimento
start = realNow();
const onPool = await pool.map(countPrimes, data);
const poolMs = realNow() - start;
pool.close();
const poolTotal = fmt(sum(onPool));
console.log(
  `Pool de ${pool.size} workers: ${poolTotal} primos em ${poolMs.toFixed(0)} ms`,
);

const same = onMain.every((n, i) => n === onPool[i]);
console.log(`Mesmos resultados por faixa: ${same ? 'sim' : 'NÃO'}`);
console.log(`Aceleração: ${times(mainMs / poolMs)}`);
console.log(
  'Workers do JS não compartilham um GIL: aqui eles fazem o papel dos ' +
    'processos do ProcessPoolExecutor; threads Python comuns não acelerariam.',
);
// O teto é no máximo cerca de 1× por núcleo: com 1 núcleo os workers só se
// revezam. Subir workers, copiar dados para eles e faixas desiguais
// (números maiores demoram mais) comem parte disso; por isso tarefas
// pequenas nem valem a pena num pool.
