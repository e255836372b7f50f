// Exercício: balanceamento com pesos. Faça next() respeitar os pesos.
export function createBalancer(weights: Record<string, number>) {
  const names = Object.keys(weights);
  let turn = 0;
  return {
    // ❌ Round robin: os pesos são ignorados.
    next: () => names[turn++ % names.length],
  };
}

// Experimente: 600 requisições com pesos 3/2/1.
const balancer = createBalancer({ backend1: 3, backend2: 2, backend3: 1 });
const counts: Record<string, number> = {};
for (let i = 0; i < 600; i++) {
  const name = balancer.next();
  counts[name] = (counts[name] ?? 0) + 1;
}
console.log(counts);
