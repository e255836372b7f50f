// Solution: smooth weighted round robin (nginx's).
export function createBalancer(weights: Record<string, number>) {
  const current: Record<string, number> = {};
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  for (const name of Object.keys(weights)) current[name] = 0;
  return {
    next() {
      // ✅ Each gains its weight; the largest is chosen and loses the total.
      // With 3/2/1: a, b, a, c, a, b, with no bursts to the same backend.
      let best = '';
      for (const name of Object.keys(weights)) {
        current[name] += weights[name];
        if (best === '' || current[name] > current[best]) best = name;
      }
      current[best] -= total;
      return best;
    },
  };
}

const balancer = createBalancer({ backend1: 3, backend2: 2, backend3: 1 });
const counts: Record<string, number> = {};
for (let i = 0; i < 600; i++) {
  const name = balancer.next();
  counts[name] = (counts[name] ?? 0) + 1;
}
console.log(counts);
