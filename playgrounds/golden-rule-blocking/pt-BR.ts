// Regra de ouro, I/O com uma biblioteca síncrona (requests.get no
// módulo): rode num pool de threads. fetchSync é a chamada HTTP
// bloqueante do laboratório: no event loop ela trava TUDO até voltar.
import { fetchSync, createThreadPool } from '@lab/blocking';
import { sleep } from '@lab/clock';

const urls = [
  'https://api1.com/data',
  'https://api2.com/data',
  'https://api3.com/data',
];

// Um batimento a cada 50 ms representa as outras requisições que este
// servidor deveria continuar atendendo. Guardamos o maior intervalo.
function heartbeat(everyMs: number) {
  let last = performance.now();
  let longest = 0;
  const id = setInterval(() => {
    longest = Math.max(longest, performance.now() - last);
    last = performance.now();
  }, everyMs);
  return { stop: () => (clearInterval(id), longest) };
}

const ms = (t: number) => `${t.toLocaleString('pt-BR')} ms`;

async function measure(label: string, work: () => Promise<unknown[]>) {
  const beat = heartbeat(50);
  const start = performance.now();
  const results = await work();
  // Uma medida com o nome da fase: a timeline a desenha como uma faixa e
  // a compara com as outras.
  performance.measure(label, { start });
  const took = performance.now() - start;
  await sleep(50); // mais um batimento, para contar um que atrasou
  console.log(`${label}: ${results.length} respostas em ${ms(took)}`);
  console.log(`  maior pausa do batimento: ${ms(beat.stop())} (previsto: 50)`);
}

// ❌ Chamadas bloqueantes no event loop: uma depois da outra, e o
// batimento (todas as outras requisições) espera por todas elas.
await measure('fetchSync no event loop', async () =>
  urls.map((url) => fetchSync(url).json()),
);

// ✅ ThreadPoolExecutor: cada chamada ocupa uma thread do pool, não o loop.
const pool = createThreadPool({ maxWorkers: 5 });
await measure('fetchSync num pool de 5 threads', () =>
  pool.map((url) => fetchSync(url).json(), urls),
);

// O pool também limita a concorrência: 20 chamadas em 5 threads rodam
// em 4 levas. Código assíncrono precisa do mesmo limite: nunca dispare
// milhares de requisições de uma vez (sockets, pools de conexão e o
// outro lado têm limites). Um semáforo mínimo (asyncio.Semaphore em
// Python): no máximo `limit` chamadas em andamento.
async function mapWithConcurrency<T, R>(
  limit: number,
  items: T[],
  fn: (item: T) => Promise<R>,
): Promise<{ results: R[]; maxInFlight: number }> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        results[i] = await fn(items[i]!);
      } finally {
        inFlight--;
      }
    }
  }
  await Promise.all(Array.from({ length: limit }, worker));
  return { results, maxInFlight };
}

const many = Array.from({ length: 20 }, () => 'https://api1.com/data');
let start = performance.now();
await pool.map((url) => fetchSync(url).status, many);
console.log(`20 fetchSync em 5 threads: ${ms(performance.now() - start)}`);

const getJson = async (url: string) => (await fetch(url)).json();
const hundred = Array.from({ length: 100 }, () => 'https://api1.com/data');
for (const limit of [100, 10]) {
  start = performance.now();
  const { maxInFlight } = await mapWithConcurrency(limit, hundred, getJson);
  const took = ms(performance.now() - start);
  console.log(`100 fetches, limite ${limit}: ${maxInFlight} juntos, ${took}`);
}
// Limite 100 é limite nenhum. Aqui ele é mais rápido só porque a api1
// do laboratório nunca cansa; um serviço real (ou o seu próprio limite
// de sockets) começaria a responder 429 ou a estourar timeouts bem antes.
