// Three backends behind a load balancer; backend4 crashes at 15 s and is
// back at 35 s. Four load balancers, side by side on the same clock, get
// the same traffic (20 requests a second for 60 s) and differ only in
// their health checks.
import { sleep } from '@lab/clock';

const urls = ['backend1', 'backend2', 'backend4'].map((h) => `http://${h}:8000`);
const crashAt = 15_000; // the lab's backend4 is down from 15 s to 35 s
const one = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const s = (ms: number) =>
  ms ? `${(ms / 1000).toLocaleString('en', one)} s` : '-';

interface Checks {
  maxFails: number; // 0: no passive checks (nginx's max_fails=0)
  failTimeoutMs: number;
  activeEveryMs?: number; // GET /health this often (NGINX Plus, Kubernetes)
}

async function balancer(checks: Checks) {
  // nginx's passive check, per server: failures counted, and when the
  // server was last checked and last failed.
  const peers = urls.map((url) => ({
    url, fails: 0, checked: 0, accessed: 0, up: true,
  }));
  // Out of rotation: the active check failed it, or max_fails failures
  // and fail_timeout has not passed since it was last checked.
  const out = (p: (typeof peers)[number], t: number) =>
    !p.up ||
    (checks.maxFails > 0 && p.fails >= checks.maxFails &&
      t - p.checked <= checks.failTimeoutMs);
  let next = 0;
  // failed: attempts that met a dead server; errors: 502s to clients;
  // served: requests backend4 answered; probes: active checks sent.
  const result = { 'failed': 0, 'errors': 0, 'served': 0, 'probes': 0 };
  let outAt = 0; // when backend4 was first taken out of rotation
  let backAt = 0; // first request backend4 served after the crash

  // Active check: a probe of /health on every server, on a timer, whether
  // or not traffic comes. One failed probe takes it out, one pass puts it back.
  const timer = checks.activeEveryMs
    ? setInterval(() => {
        for (const p of peers) {
          result['probes']++;
          fetch(`${p.url}/health`).then(
            () => ((p.up = true), (p.fails = 0)),
            () => ((p.up = false), (outAt ||= performance.now())),
          );
        }
      }, checks.activeEveryMs)
    : undefined;

  async function handle() {
    const tried = new Set<number>();
    // proxy_next_upstream error (nginx's default): a failed attempt goes
    // to the next server, until every server was tried.
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
      if (t - p.checked > checks.failTimeoutMs) p.checked = t; // a new window
      try {
        await fetch(p.url);
        if (p.accessed < p.checked) p.fails = 0; // success after a failure
        if (i === 2) {
          result['served']++;
          if (t > crashAt && !backAt) backAt = t;
        }
        return;
      } catch {
        result['failed']++;
        p.fails++;
        p.checked = p.accessed = performance.now();
        if (out(p, p.checked)) outAt ||= p.checked;
      }
    }
    result['errors']++; // 502 Bad Gateway: no server could answer
  }

  const requests: Promise<void>[] = [];
  for (let n = 0; n < 1200; n++) {
    requests.push(handle());
    await sleep(50);
  }
  await Promise.all(requests);
  clearInterval(timer);
  return { ...result, 'out at': s(outAt), 'back at': s(backAt) };
}

const results = await Promise.all([
  balancer({ maxFails: 0, failTimeoutMs: 10_000 }),
  balancer({ maxFails: 1, failTimeoutMs: 10_000 }),
  balancer({ maxFails: 3, failTimeoutMs: 30_000 }),
  balancer({ maxFails: 3, failTimeoutMs: 30_000, activeEveryMs: 4_000 }),
]);
console.table({
  'no checks': results[0],
  'max_fails=1 10s': results[1],
  'max_fails=3 30s': results[2],
  '+ active, 4 s': results[3],
});
// Without checks, real requests keep meeting the dead server for the
// whole outage (each retried elsewhere: the clients see no error, but
// each pays a failed attempt). Passive checks stop that after max_fails
// failures, but only learn of the recovery when fail_timeout lets a real
// request through: with 30 s, backend4 sits idle for about 10 s after it
// is back. The active check brings it back within one interval, at the
// price of the probes; under traffic, the passive check still notices
// the crash first.
