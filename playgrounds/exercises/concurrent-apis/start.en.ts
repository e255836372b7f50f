// Exercise: APIs in sequence. Call them all at once, with a timeout,
// without letting one failing API bring the result down.
const apis = ['https://api1.com/data', 'https://api2.com/data', 'https://api3.com/data'];

export async function dashboard(urls: string[], _timeoutMs: number) {
  const results = [];
  // ❌ One at a time, the timeout ignored, and an error goes straight up.
  for (const url of urls) {
    const response = await fetch(url);
    results.push(await response.json());
  }
  return results;
}

// Try it: the lab's three APIs.
const start = performance.now();
const data = await dashboard(apis, 1_000);
console.log(`${data.length} answers in ${Math.round(performance.now() - start)} ms`);
