// Solution: Promise.all over calls that never reject, each with its
// own abort timer.
const apis = ['https://api1.com/data', 'https://api2.com/data', 'https://api3.com/data'];

async function fetchOrNull(url: string, timeoutMs: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    return response.ok ? await response.json() : null;
  } catch {
    // ✅ A failure or a timeout: null in that API's place, the others go on.
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export async function dashboard(urls: string[], timeoutMs: number) {
  // ✅ All at once: the total is the slowest one's.
  return Promise.all(urls.map((url) => fetchOrNull(url, timeoutMs)));
}

const start = performance.now();
const data = await dashboard(apis, 1_000);
console.log(`${data.length} answers in ${Math.round(performance.now() - start)} ms`);
