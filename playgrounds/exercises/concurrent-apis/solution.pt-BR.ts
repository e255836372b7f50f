// Solução: Promise.all sobre chamadas que nunca rejeitam, cada uma
// com seu próprio timer de abort.
const apis = ['https://api1.com/data', 'https://api2.com/data', 'https://api3.com/data'];

async function fetchOrNull(url: string, timeoutMs: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    return response.ok ? await response.json() : null;
  } catch {
    // ✅ Falha ou timeout: null no lugar dessa API, as outras seguem.
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export async function dashboard(urls: string[], timeoutMs: number) {
  // ✅ Todas ao mesmo tempo: o total é o da mais lenta.
  return Promise.all(urls.map((url) => fetchOrNull(url, timeoutMs)));
}

const start = performance.now();
const data = await dashboard(apis, 1_000);
console.log(`${data.length} respostas em ${Math.round(performance.now() - start)} ms`);
