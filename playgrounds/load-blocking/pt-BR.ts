// O mesmo handler async sob 150 req/s, de dois jeitos. Cada requisição
// espera 10 ms de I/O: uma vez com uma chamada bloqueante (time.sleep,
// ou requests.get dentro de um `async def`), outra aguardando com await
// (asyncio.sleep, httpx). Um event loop bloqueado atende uma requisição
// por vez: 150 × 10 ms = 1,5 s de trabalho por segundo, e a fila cresce.
// Com await as esperas se sobrepõem, e cada requisição leva seus 10 ms.
import { load, printSummary } from '@lab/load';
import { sleepSync } from '@lab/blocking';
import { sleep } from '@lab/clock';

const traffic = { rate: 150, duration: 4_000, arrival: 'poisson', seed: 9 } as const;

const blocking = await load(async () => {
  sleepSync(10); // o loop inteiro para aqui
  return 200;
}, { ...traffic, label: 'bloqueando o loop' });
const awaiting = await load(async () => {
  await sleep(10); // enquanto isso o loop atende outras requisições
  return 200;
}, { ...traffic, label: 'com await' });

printSummary(blocking, 'Bloqueando o loop');
printSummary(awaiting, 'Com await');
// Com await, o número em andamento fica em λ × W = 150 × 0,01 = 1,5
// (lei de Little). Bloqueado, ele sobe segundo a segundo, e L e λ × W
// se afastam: a fila nunca se estabiliza, e a lei só vale quando ela se
// estabiliza.
console.log('em andamento, bloqueando:', blocking.series.map((s) => Math.round(s.inFlight.mean)).join(' '));
console.log('em andamento, com await:', awaiting.series.map((s) => Math.round(s.inFlight.mean)).join(' '));
