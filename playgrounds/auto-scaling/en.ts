// Target tracking: keep the instances' average CPU near a target by
// adding or removing instances. The load climbs from 2,000 to 9,000
// requests a second in 7 minutes and falls back; an instance serves
// 1,000 req/s at 100% CPU (an assumption: a real API doing database
// work), and a new one takes minutes to boot and pass its health check.
// The policy looks once a minute, on the lab's clock.
import { sleep } from '@lab/clock';

const CAPACITY = 1_000; // req/s of one instance at 100% CPU
const MINUTES = 40;
const n = (x: number) => x.toLocaleString('en');
// Requests per second in minute m: up for 7 minutes, a plateau, down.
const load = (m: number) =>
  m < 5 ? 2_000
  : m < 12 ? 2_000 + (m - 5) * 1_000
  : m < 22 ? 9_000
  : m < 32 ? 9_000 - (m - 22) * 700
  : 2_000;

interface Policy {
  targetCpu: number; // percent
  bootMinutes: number; // launch → boot → health check → in service
}

async function simulate(policy: Policy, printEvery = 0) {
  const start = performance.now();
  const minute = () => Math.floor((performance.now() - start) / 60_000);
  let inService = 4;
  let booting = 0;
  let lastScaleIn = -Infinity;
  const totals = { 'overloaded min': 0, 'shed requests': 0, 'instance-min': 0 };
  const rows: Record<string, object> = {};
  for (let m = 0; m < MINUTES; m++) {
    const rps = load(m);
    // CPU can only read up to 100%: past that it no longer says by how much.
    const cpu = Math.min(100, (100 * rps) / (inService * CAPACITY));
    const shed = Math.max(0, rps - inService * CAPACITY) * 60;
    if (shed > 0) totals['overloaded min']++;
    totals['shed requests'] += shed;
    totals['instance-min'] += inService + booting; // booting ones cost too
    if (printEvery && m % printEvery === 0)
      rows[`min ${minute()}`] = {
        'req/s': rps, 'in service': inService, 'booting': booting,
        'CPU %': Math.round(cpu), 'shed': n(shed),
      };
    // The policy: as many instances as would bring CPU to the target,
    // counting those still booting, between 2 and 20.
    const want = Math.ceil((inService * cpu) / policy.targetCpu);
    const desired = Math.min(20, Math.max(2, want));
    if (desired > inService + booting) {
      const more = desired - inService - booting;
      booting += more;
      setTimeout(() => {
        booting -= more;
        inService += more;
      }, policy.bootMinutes * 60_000);
    } else if (desired < inService && m - lastScaleIn >= 5) {
      inService = desired; // scale in slowly: at most every 5 minutes
      lastScaleIn = m;
    }
    await sleep(60_000);
  }
  await sleep(policy.bootMinutes * 60_000); // let the last boots finish
  if (printEvery) console.table(rows);
  return { ...totals, 'shed requests': n(totals['shed requests']) };
}

// Minute by minute for a 60% target and 3-minute boots...
const base = await simulate({ targetCpu: 60, bootMinutes: 3 }, 1);
// ...and what headroom and boot time change.
console.table({
  '60%, boot 3 min': base,
  '60%, boot 1 min': await simulate({ targetCpu: 60, bootMinutes: 1 }),
  '80%, boot 3 min': await simulate({ targetCpu: 80, bootMinutes: 3 }),
  '40%, boot 3 min': await simulate({ targetCpu: 40, bootMinutes: 3 }),
});
// While the load climbs, the new instances arrive three minutes after
// the policy asked for them: CPU sits at 100% and requests are shed. A
// lower target keeps headroom for that lag and costs instance-minutes;
// faster boots (a small image, a warmed cache) cut the lag itself.
