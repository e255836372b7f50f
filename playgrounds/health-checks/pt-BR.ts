// Três backends atrás de um load balancer; o backend4 cai aos 15 s e
// volta aos 35 s. Quatro load balancers, lado a lado no mesmo relógio,
// recebem o mesmo tráfego (20 requisições por segundo durante 60 s) e só
// diferem nos health checks.
import { sleep } from '@lab/clock';

const urls = ['backend1', 'backend2', 'backend4'].map((h) => `http://${h}:8000`);
const crashAt = 15_000; // o backend4 do laboratório fica fora dos 15 s aos 35 s
const one = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const s = (ms: number) =>
  ms ? `${(ms / 1000).toLocaleString('pt-BR', one)} s` : '-';

interface Checks {
  maxFails: number; // 0: sem checks passivos (max_fails=0 do nginx)
  failTimeoutMs: number;
  activeEveryMs?: number; // GET /health a cada tanto (NGINX Plus, Kubernetes)
}

async function balancer(checks: Checks) {
  // O check passivo do nginx, por servidor: falhas contadas, e quando o
  // servidor foi verificado e falhou pela última vez.
  const peers = urls.map((url) => ({
    url, fails: 0, checked: 0, accessed: 0, up: true,
  }));
  // Fora do rodízio: o check ativo o reprovou, ou max_fails falhas e
  // fail_timeout ainda não passou desde a última verificação.
  const out = (p: (typeof peers)[number], t: number) =>
    !p.up ||
    (checks.maxFails > 0 && p.fails >= checks.maxFails &&
      t - p.checked <= checks.failTimeoutMs);
  let next = 0;
  // falhas: tentativas num servidor morto; erros: 502 para o cliente;
  // atendidas: pelo backend4; sondas: checks ativos enviados.
  const result = { 'falhas': 0, 'erros': 0, 'atendidas': 0, 'sondas': 0 };
  let outAt = 0; // quando o backend4 saiu do rodízio pela primeira vez
  let backAt = 0; // 1ª requisição que o backend4 atendeu depois da queda

  // Check ativo: uma sonda em /health de cada servidor, num timer, haja
  // tráfego ou não. Uma sonda reprovada o tira, uma aprovada o devolve.
  const timer = checks.activeEveryMs
    ? setInterval(() => {
        for (const p of peers) {
          result['sondas']++;
          fetch(`${p.url}/health`).then(
            () => ((p.up = true), (p.fails = 0)),
            () => ((p.up = false), (outAt ||= performance.now())),
          );
        }
      }, checks.activeEveryMs)
    : undefined;

  async function handle() {
    const tried = new Set<number>();
    // proxy_next_upstream error (o padrão do nginx): uma tentativa que
    // falha vai para o próximo servidor, até todos terem sido tentados.
    while (tried.size < peers.length) {
      const t = performance.now();
      let i = -1;
      for (let k = 0; k < peers.length; k++) {
        const j = (next + k) % peers.length;
        if (!tried.has(j) && !out(peers[j]!, t)) {
          i = j;
          break;
        }
      }
      if (i < 0) break;
      next = i + 1;
      tried.add(i);
      const p = peers[i]!;
      if (t - p.checked > checks.failTimeoutMs) p.checked = t; // uma nova janela
      try {
        await fetch(p.url);
        if (p.accessed < p.checked) p.fails = 0; // sucesso depois de uma falha
        if (i === 2) {
          result['atendidas']++;
          if (t > crashAt && !backAt) backAt = t;
        }
        return;
      } catch {
        result['falhas']++;
        p.fails++;
        p.checked = p.accessed = performance.now();
        if (out(p, p.checked)) outAt ||= p.checked;
      }
    }
    result['erros']++; // 502 Bad Gateway: nenhum servidor respondeu
  }

  const requests: Promise<void>[] = [];
  for (let n = 0; n < 1200; n++) {
    requests.push(handle());
    await sleep(50);
  }
  await Promise.all(requests);
  clearInterval(timer);
  return { ...result, 'saiu aos': s(outAt), 'voltou aos': s(backAt) };
}

const results = await Promise.all([
  balancer({ maxFails: 0, failTimeoutMs: 10_000 }),
  balancer({ maxFails: 1, failTimeoutMs: 10_000 }),
  balancer({ maxFails: 3, failTimeoutMs: 30_000 }),
  balancer({ maxFails: 3, failTimeoutMs: 30_000, activeEveryMs: 4_000 }),
]);
console.table({
  'sem checks': results[0],
  'max_fails=1 10s': results[1],
  'max_fails=3 30s': results[2],
  '+ ativo, 4 s': results[3],
});
// Sem checks, requisições reais continuam encontrando o servidor morto
// durante toda a queda (cada uma é repetida em outro: o cliente não vê
// erro, mas paga uma tentativa que falhou). Os checks passivos param
// isso depois de max_fails falhas, mas só descobrem a volta quando o
// fail_timeout deixa passar uma requisição real: com 30 s, o backend4
// fica ocioso uns 10 s depois de voltar. O check ativo o devolve em até
// um intervalo, ao preço das sondas; com tráfego, o passivo ainda nota
// a queda primeiro.
