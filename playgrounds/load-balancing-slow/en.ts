// Three backends behind a balancer, one of them slow: backend3 runs
// one request at a time (20 ms each, at most 50 req/s), the others 3
// and 2. At 200 req/s round robin still sends it a third of the
// traffic (67 req/s), so its queue only grows; least connections sees
// its open requests pile up and sends the next ones elsewhere.
import { load } from '@lab/load';

const backends = ['http://backend1:8000', 'http://backend2:8000', 'http://backend3:8000'];
const traffic = { rate: 200, duration: 5_000, arrival: 'poisson', seed: 2 } as const;

function balancer(pick: (open: number[]) => number) {
  const open = backends.map(() => 0); // requests in flight, per backend
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
  console.log(`${name}: served ${served.join(' / ')}`);
  console.log(
    `  p50 ${Math.round(r.latency.p50)} ms, p99 ${Math.round(r.latency.p99)} ms, max ${Math.round(r.latency.max)} ms`,
  );
}
