// O handler GET /external-data do módulo: três APIs externas por
// requisição. No relógio virtual do laboratório cada uma responde após
// a latência modelada (outra região: 150 ms de ida e volta + o trabalho).

// O `performance` de perf_hooks, como no Node, lê o relógio do laboratório.
import { performance } from 'node:perf_hooks';

const urls = [
  'https://api1.com/data',
  'https://api2.com/data',
  'https://api3.com/data',
];
const host = (url: string) => new URL(url).host;
const ms = (t: number) => `${t.toLocaleString('pt-BR')} ms`;

async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal });
  // fetch só rejeita em erro de rede: um 503 precisa ser verificado.
  if (!response.ok) throw new Error(`${host(url)} respondeu ${response.status}`);
  return response.json();
}

async function timed(label: string, handler: () => Promise<unknown[]>) {
  const start = performance.now();
  const body = await handler();
  // Uma medida com o nome da fase: a timeline a desenha como uma faixa e
  // a compara com as outras.
  performance.measure(label, { start });
  const took = ms(performance.now() - start);
  console.log(`${label}: ${body.length} respostas em ${took}`);
}

// ❌ Uma depois da outra: o usuário espera a soma das três.
await timed('Sequencial', async () => {
  const body: unknown[] = [];
  for (const url of urls) body.push(await getJson(url));
  return body;
});
// ✅ asyncio.gather → Promise.all: o usuário espera só a mais lenta.
await timed('Promise.all', () => Promise.all(urls.map((u) => getJson(u))));

// Um serviço travado não pode prender a requisição para sempre: dê a
// cada chamada um prazo (o ClientTimeout do aiohttp) e aborte ao fim dele.
const budgetMs = 200;
async function guarded(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timeout = new Error(`timeout após ${ms(budgetMs)}`);
  const timer = setTimeout(() => controller.abort(timeout), budgetMs);
  try {
    return await getJson(url, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

// ❌ A api3 precisa de mais de 200 ms. Promise.all rejeita assim que UMA
// chamada falha: a resposta inteira se perde (um 500 para o usuário).
try {
  await Promise.all(urls.map(guarded));
} catch (e) {
  console.log(`Promise.all + timeout: tudo perdido (${(e as Error).message})`);
}

// ✅ Promise.allSettled guarda o que chegou e diz o que não chegou.
async function getExternal(sources: string[]) {
  const settled = await Promise.allSettled(sources.map(guarded));
  return settled.map((r, i) => ({
    source: host(sources[i]!),
    ok: r.status === 'fulfilled',
    error: r.status === 'rejected' ? (r.reason as Error).message : '',
  }));
}
let start = performance.now();
const partial = await getExternal(urls);
console.log(`Promise.allSettled + timeout, ${ms(performance.now() - start)}:`);
console.table(partial);

// Muitos usuários ao mesmo tempo: 50 requisições, cada uma chamando api1,
// api2 e um serviço que falha num padrão fixo (503, conexão derrubada).
// Um só event loop atende todas; as falhas ficam dentro de cada resposta.
const sources = [urls[0]!, urls[1]!, 'https://flaky.example/data'];
start = performance.now();
const users = Array.from({ length: 50 }, () => getExternal(sources));
const responses = await Promise.all(users);
const took = ms(performance.now() - start);
console.log(`50 requisições juntas: ${responses.length} respostas em ${took}`);
const errors: Record<string, number> = {};
for (const part of responses.flat()) {
  if (!part.ok) errors[part.error] = (errors[part.error] ?? 0) + 1;
}
console.log('Chamadas que falharam dentro dessas respostas:', errors);
