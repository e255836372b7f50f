// Regra de ouro, trabalho I/O-bound: espere vários serviços ao mesmo tempo, não um depois do outro.
// O fetch do laboratório responde cada requisição após a latência modelada do serviço, num relógio
// virtual; por isso os tempos abaixo são os do exemplo assíncrono do módulo, iguais a cada execução.

const urls = ['https://api1.com/data', 'https://api2.com/data', 'https://api3.com/data'];

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  return response.json();
}

// ❌ Sequencial: cada requisição só começa depois que a resposta anterior chegou.
let start = performance.now();
const sequential: unknown[] = [];
for (const url of urls) {
  sequential.push(await getJson(url));
}
const sequentialMs = performance.now() - start;
console.log(`Sequencial: ${sequential.length} respostas em ${sequentialMs.toFixed(0)} ms`);

// ✅ Concorrente: as três requisições estão em andamento juntas (asyncio.gather no módulo).
start = performance.now();
const concurrent = await Promise.all(urls.map(getJson));
const concurrentMs = performance.now() - start;
console.log(`Concorrente: ${concurrent.length} respostas em ${concurrentMs.toFixed(0)} ms`);

// A espera agora é a latência do serviço mais lento, não a soma de todas.
console.log(`Promise.all foi ${(sequentialMs / concurrentMs).toFixed(1)}× mais rápido`);
console.log(concurrent[0]);
