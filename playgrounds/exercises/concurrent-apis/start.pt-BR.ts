// Exercício: APIs em sequência. Chame todas ao mesmo tempo, com timeout,
// sem deixar uma API com falha derrubar o resultado.
const apis = ['https://api1.com/data', 'https://api2.com/data', 'https://api3.com/data'];

export async function dashboard(urls: string[], _timeoutMs: number) {
  const results = [];
  // ❌ Uma de cada vez, o timeout ignorado, e um erro sobe direto.
  for (const url of urls) {
    const response = await fetch(url);
    results.push(await response.json());
  }
  return results;
}

// Experimente: as três APIs do laboratório.
const start = performance.now();
const data = await dashboard(apis, 1_000);
console.log(`${data.length} respostas em ${Math.round(performance.now() - start)} ms`);
