// Solução: smooth weighted round robin (o do nginx).
export function createBalancer(weights: Record<string, number>) {
  const current: Record<string, number> = {};
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  for (const name of Object.keys(weights)) current[name] = 0;
  return {
    next() {
      // ✅ Cada um ganha o seu peso; o maior é escolhido e perde o total.
      // Com 3/2/1: a, b, a, c, a, b, sem rajadas para o mesmo backend.
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
