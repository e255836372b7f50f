// A fixture do pytest-benchmark, em miniatura: aquece, mede muitas rodadas,
// mostra estatísticas e ainda confere o resultado (rápido e errado falha).
// CPU é medida no relógio real (realNow). Navegadores arredondam timers
// para cerca de 0,1 ms, então cada rodada deve durar bem mais que isso.
import { realNow } from '@lab/clock';

const results: Record<string, Record<string, number>> = {};
const round3 = (t: number) => Number(t.toFixed(3));

function summarize(times: number[], iterations: number) {
  const sorted = [...times].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = times.reduce((a, b) => a + b, 0) / n;
  const variance = times.reduce((a, t) => a + (t - mean) ** 2, 0) / (n - 1);
  const mid = n >> 1;
  const median = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    'mín ms': round3(sorted[0]!),
    'máx ms': round3(sorted[n - 1]!),
    'média ms': round3(mean),
    'desvio ms': round3(Math.sqrt(variance)),
    'mediana ms': round3(median),
    'ops/s': Math.round(1000 / mean),
    'rodadas': n,
    'iterações': iterations,
  };
}

function benchmark<A extends unknown[], R>(fn: (...a: A) => R, ...args: A): R {
  // Aquecimento: as primeiras chamadas rodam antes de o JIT otimizar fn.
  let result = fn(...args);
  for (let i = 0; i < 3; i++) result = fn(...args);
  // Calibração: chama fn tantas vezes por rodada que a rodada dure pelo
  // menos 1 ms, bem acima da resolução do timer.
  let iterations = 1;
  const timeRound = () => {
    const start = realNow();
    for (let i = 0; i < iterations; i++) result = fn(...args);
    return realNow() - start;
  };
  while (timeRound() < 1) iterations *= 2;
  const times: number[] = [];
  for (let round = 0; round < 20; round++) times.push(timeRound() / iterations);
  results[fn.name] = summarize(times, iterations);
  return result;
}

function assertEqual(actual: unknown, expected: unknown) {
  if (actual === expected) return;
  const error = new Error(`assert ${actual} == ${expected}`);
  error.name = 'AssertionError';
  throw error;
}

// Duas formas de contar os primos abaixo de um limite.
function countPrimesNaive(limit: number) {
  let count = 0;
  for (let n = 2; n < limit; n++) {
    let prime = true;
    for (let d = 2; d * d <= n && prime; d++) prime = n % d !== 0;
    if (prime) count++;
  }
  return count;
}
function countPrimesSieve(limit: number) {
  const composite = new Uint8Array(limit);
  let count = 0;
  for (let i = 2; i < limit; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j < limit; j += i) composite[j] = 1;
  }
  return count;
}

// def test_x(benchmark): result = benchmark(fn, arg); assert result == 5133
const expected = 5_133; // primos abaixo de 50.000
assertEqual(benchmark(countPrimesNaive, 50_000), expected);
assertEqual(benchmark(countPrimesSieve, 50_000), expected);
console.table(results);

const naive = results.countPrimesNaive!['mediana ms']!;
const sieve = results.countPrimesSieve!['mediana ms']!;
const oneDecimal = { maximumFractionDigits: 1 };
const ratio = (naive / sieve).toLocaleString('pt-BR', oneDecimal);
console.log(`countPrimesSieve: ${ratio}× mais rápida (mediana)`);
// Compare medianas (ou mínimos), não execuções avulsas: GC, o JIT e outros
// processos deixam algumas rodadas lentas; o desvio diz quanto ruído houve.
