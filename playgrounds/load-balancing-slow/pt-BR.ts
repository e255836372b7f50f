// Três backends atrás de um balanceador, um deles lento: o backend3
// atende uma requisição por vez (20 ms cada, no máximo 50 req/s), os
// outros 3 e 2. A 200 req/s o round robin ainda manda a ele um terço do
// tráfego (67 req/s), e a fila dele só cresce; o least connections vê as
// requisições abertas dele se acumulando e manda as próximas a outro.
import { load } from '@lab/load';

const backends = ['http://backend1:8000', 'http://backend2:8000', 'http://backend3:8000'];
const traffic = { rate: 200, duration: 5_000, arrival: 'poisson', seed: 2 } as const;

function balancer(pick: (open: number[]) => number) {
  const open = backends.map(() => 0); // requisições em andamento, por backend
  const served = backends.map(() => 0);
  const handler = async () => {
    const i = pick(open);
    open[i]!++;
    try {
      return await fetch(backends[i]!);
    } finally {
      open[i]!--;
      served[i]!++;
    }
  };
  return { handler, served };
}

let next = 0;
const roundRobin = () => next++ % backends.length;
const leastConnections = (open: number[]) => open.indexOf(Math.min(...open));

for (const [name, pick] of [
  ['round robin', roundRobin],
  ['least connections', leastConnections],
] as const) {
  const { handler, served } = balancer(pick);
  const r = await load(handler, { ...traffic, label: name });
  console.log(`${name}: atendidas ${served.join(' / ')}`);
  console.log(
    `  p50 ${Math.round(r.latency.p50)} ms, p99 ${Math.round(r.latency.p99)} ms, máx ${Math.round(r.latency.max)} ms`,
  );
}
