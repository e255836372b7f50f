// Exercise: weighted balancing. Make next() follow the weights.
export function createBalancer(weights: Record<string, number>) {
  const names = Object.keys(weights);
  let turn = 0;
  return {
    // ❌ Round robin: the weights are ignored.
    next: () => names[turn++ % names.length],
  };
}

// Try it: 600 requests with weights 3/2/1.
const balancer = createBalancer({ backend1: 3, backend2: 2, backend3: 1 });
const counts: Record<string, number> = {};
for (let i = 0; i < 600; i++) {
  const name = balancer.next();
  counts[name] = (counts[name] ?? 0) + 1;
}
console.log(counts);
