// Regra de ouro, trabalho I/O-bound: espere vários serviços de uma vez,
// não um depois do outro. O fetch do laboratório responde cada
// requisição após a latência modelada do serviço, num relógio virtual;
// os tempos abaixo são os do exemplo assíncrono do módulo, sempre iguais.

// O `performance` de perf_hooks, como no Node, lê o relógio do laboratório.
import { performance } from 'node:perf_hooks';

const urls = [
  'https://api1.com/data',
  'https://api2.com/data',
  'https://api3.com/data',
];

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  return response.json();
}

const ms = (t: number) => `${t.toLocaleString('pt-BR', { maximumFractionDigits: 0 })} ms`;

// ❌ Sequencial: cada requisição começa depois que a anterior respondeu.
let start = performance.now();
const sequential: unknown[] = [];
for (const url of urls) {
  sequential.push(await getJson(url));
}
const sequentialMs = performance.now() - start;
console.log(`Sequencial: ${sequential.length} respostas em ${ms(sequentialMs)}`);

// ✅ Concorrente: as três requisições estão em andamento juntas
// (asyncio.gather no módulo).
start = performance.now();
const concurrent = await Promise.all(urls.map(getJson));
const concurrentMs = performance.now() - start;
console.log(`Concorrente: ${concurrent.length} respostas em ${ms(concurrentMs)}`);

// A espera agora é a latência do serviço mais lento, não a soma de todas.
const ratio = (sequentialMs / concurrentMs).toLocaleString('pt-BR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
console.log(`Promise.all foi ${ratio}× mais rápido`);
console.log(concurrent[0]);
