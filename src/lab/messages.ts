import { formatCount, formatCountOf } from '../i18n/format';
import type { Localized } from '../i18n/locales';

// Counts in reports read as the surrounding prose: grouped digits, singular for one.
const n = (count: number, one: string, other: string) => formatCountOf(count, 'pt-BR', one, other);
const c = (count: number) => formatCount(count, 'pt-BR');
const e = (count: number, one: string, other: string) => formatCountOf(count, 'en', one, other);
const ce = (count: number) => formatCount(count, 'en');

/** Every sentence the lab says to a reader, in both languages. */
export interface LabTexts {
  noNetwork(url: string, hosts: string[]): string;
  invalidUrl(url: string): string;
  notSelfContained(detail: string): string;
  notAFunction: string;
  poolClosed: string;
  /** A CPU pool asked for more threads than the machine's cores (`inUse` already taken by open pools). */
  poolTooLarge(size: number, max: number, inUse: number): string;
  poolTimeout(size: number, overflow: number, timeoutMs: number): string;
  connectionClosed: string;
  // Report titles and lines
  redisTitle: string;
  redisLine(commands: number, roundTrips: number): string;
  redisHits(hits: number, misses: number): string;
  redisTop(list: string): string;
  dbTitle: string;
  dbQueries(count: number, rowsRead: number, rowsReturned: number, ms: string): string;
  dbScans(fullScans: number, indexScans: number): string;
  /** A query-log entry's rows, as `queryLog.print()` shows them. */
  dbEntryRows(rowsRead: number, rowsReturned: number): string;
  /** `undefined` for the module's own engine, the one behind `db`. */
  poolTitle(name: string | undefined): string;
  poolLine(created: number, reused: number, waited: number, timedOut: number): string;
  poolConfig(size: number, overflow: number, prePing: boolean, timeoutMs: number): string;
  prePingLine(pings: number, replaced: number): string;
  directConnections(opened: number, ms: string): string;
  httpTitle: string;
  httpLine(host: string, requests: number, statuses: string): string;
  blockingTitle: string;
  blockingLine(mainBlockedMs: string, tasks: number): string;
  cpuTitle: string;
  cpuLine(tasks: number, threads: number, realMs: string): string;
}

/** The lab's sentences, by locale. */
export const labText: Localized<LabTexts> = {
  'pt-BR': {
    noNetwork: (url, hosts) => `fetch falhou para ${url}: o laboratório não tem rede; hosts conhecidos: ${hosts.join(', ')}.`,
    invalidUrl: (url) => `fetch falhou: URL inválida '${url}' (use uma URL absoluta, como https://api1.com/data).`,
    notSelfContained: (detail) =>
      `A função enviada ao pool precisa ser autocontida: ela roda em outra thread, como uma função de topo serializada (pickle) num ProcessPoolExecutor, e não enxerga variáveis nem imports de fora. Passe os dados pelos argumentos. (${detail})`,
    notAFunction: 'pool.map/pool.run esperam uma função.',
    poolClosed: 'O pool já foi fechado.',
    poolTooLarge: (size, max, inUse) =>
      `createPool({ size: ${size} }): o laboratório permite no máximo ${max} threads de CPU ao mesmo tempo, uma por núcleo lógico desta máquina` +
      (inUse > 0
        ? `, e os pools abertos já usam ${inUse}; feche um com pool.close() antes.`
        : '. Mais threads que núcleos não deixam o trabalho mais rápido.'),
    poolTimeout: (size, overflow, timeoutMs) =>
      `TimeoutError: o pool (tamanho ${size}, overflow ${overflow}) não liberou conexão em ${timeoutMs} ms.`,
    connectionClosed: 'A conexão já foi fechada.',
    redisTitle: 'Redis',
    redisLine: (commands, roundTrips) => `${n(commands, 'comando', 'comandos')} em ${n(roundTrips, 'ida e volta', 'idas e voltas')}`,
    redisHits: (hits, misses) => {
      const total = hits + misses;
      // "miss" as Brazilian developers say it: "falha" would read as an error.
      return `leituras de chave: ${n(hits, 'acerto (hit)', 'acertos (hits)')}, ${n(misses, 'miss', 'misses')}${total ? ` (taxa de acerto ${Math.round((100 * hits) / total)}%)` : ''}`;
    },
    redisTop: (list) => `por comando: ${list}`,
    dbTitle: 'Banco de dados',
    dbQueries: (count, rowsRead, rowsReturned, ms) =>
      `${n(count, 'query', 'queries')}, ${n(rowsRead, 'linha lida', 'linhas lidas')}, ${n(rowsReturned, 'retornada', 'retornadas')}, ${ms} ms no banco`,
    dbScans: (full, index) =>
      `${n(full, 'varredura completa', 'varreduras completas')} (Seq Scan), ${n(index, 'busca por índice', 'buscas por índice')}`,
    dbEntryRows: (rowsRead, rowsReturned) => `lidas ${c(rowsRead)}, retornadas ${c(rowsReturned)}`,
    poolTitle: (name) => (name === undefined ? 'Pool de conexões padrão (db)' : `Pool de conexões “${name}”`),
    poolLine: (created, reused, waited, timedOut) =>
      `${n(created, 'conexão criada', 'conexões criadas')}, ${n(reused, 'reutilizada', 'reutilizadas')}, ${n(waited, 'espera', 'esperas')}, ${n(timedOut, 'timeout', 'timeouts')}`,
    poolConfig: (size, overflow, prePing, timeoutMs) =>
      `poolSize ${size}, maxOverflow ${overflow}, poolPrePing ${prePing ? 'ligado' : 'desligado'}, poolTimeoutMs ${c(timeoutMs)}`,
    prePingLine: (pings, replaced) =>
      `pre-ping: ${n(pings, 'verificação', 'verificações')}, ${n(replaced, 'conexão morta substituída', 'conexões mortas substituídas')}`,
    directConnections: (opened, ms) => `${n(opened, 'conexão aberta', 'conexões abertas')} sem pool (${ms} ms só de abertura)`,
    httpTitle: 'HTTP',
    httpLine: (host, requests, statuses) => `${host}: ${n(requests, 'requisição', 'requisições')} (${statuses})`,
    blockingTitle: 'Chamadas bloqueantes',
    blockingLine: (ms, tasks) => `event loop bloqueado por ${ms} ms; ${n(tasks, 'tarefa', 'tarefas')} no pool de threads`,
    cpuTitle: 'Pool de CPU',
    cpuLine: (tasks, threads, realMs) =>
      `${n(tasks, 'tarefa', 'tarefas')} em ${n(threads, 'thread', 'threads')}, ${realMs} ms reais de CPU`,
  },
  en: {
    noNetwork: (url, hosts) => `fetch failed for ${url}: the lab has no network; known hosts: ${hosts.join(', ')}.`,
    invalidUrl: (url) => `fetch failed: invalid URL '${url}' (use an absolute URL, such as https://api1.com/data).`,
    notSelfContained: (detail) =>
      `The function sent to the pool must be self-contained: it runs on another thread, like a pickled top-level function in a ProcessPoolExecutor, and sees no outside variables or imports. Pass data through its arguments. (${detail})`,
    notAFunction: 'pool.map/pool.run expect a function.',
    poolClosed: 'The pool is already closed.',
    poolTooLarge: (size, max, inUse) =>
      `createPool({ size: ${size} }): the lab allows at most ${max} CPU threads at once, one per logical core of this machine` +
      (inUse > 0
        ? `, and the open pools already use ${inUse}; close one with pool.close() first.`
        : '. More threads than cores do not make the work faster.'),
    poolTimeout: (size, overflow, timeoutMs) =>
      `TimeoutError: the pool (size ${size}, overflow ${overflow}) had no free connection within ${timeoutMs} ms.`,
    connectionClosed: 'The connection is already closed.',
    redisTitle: 'Redis',
    redisLine: (commands, roundTrips) => `${e(commands, 'command', 'commands')} in ${e(roundTrips, 'round trip', 'round trips')}`,
    redisHits: (hits, misses) => {
      const total = hits + misses;
      return `key reads: ${e(hits, 'hit', 'hits')}, ${e(misses, 'miss', 'misses')}${total ? ` (hit rate ${Math.round((100 * hits) / total)}%)` : ''}`;
    },
    redisTop: (list) => `by command: ${list}`,
    dbTitle: 'Database',
    dbQueries: (count, rowsRead, rowsReturned, ms) =>
      `${e(count, 'query', 'queries')}, ${e(rowsRead, 'row read', 'rows read')}, ${ce(rowsReturned)} returned, ${ms} ms in the database`,
    dbScans: (full, index) => `${e(full, 'full scan', 'full scans')} (Seq Scan), ${e(index, 'index lookup', 'index lookups')}`,
    dbEntryRows: (rowsRead, rowsReturned) => `read ${ce(rowsRead)}, returned ${ce(rowsReturned)}`,
    poolTitle: (name) => (name === undefined ? 'Default connection pool (db)' : `Connection pool “${name}”`),
    poolLine: (created, reused, waited, timedOut) =>
      `${e(created, 'connection created', 'connections created')}, ${ce(reused)} reused, ${e(waited, 'wait', 'waits')}, ${e(timedOut, 'timeout', 'timeouts')}`,
    poolConfig: (size, overflow, prePing, timeoutMs) =>
      `poolSize ${size}, maxOverflow ${overflow}, poolPrePing ${prePing ? 'on' : 'off'}, poolTimeoutMs ${ce(timeoutMs)}`,
    prePingLine: (pings, replaced) =>
      `pre-ping: ${e(pings, 'check', 'checks')}, ${e(replaced, 'dead connection replaced', 'dead connections replaced')}`,
    directConnections: (opened, ms) => `${e(opened, 'connection', 'connections')} opened without a pool (${ms} ms spent opening them)`,
    httpTitle: 'HTTP',
    httpLine: (host, requests, statuses) => `${host}: ${e(requests, 'request', 'requests')} (${statuses})`,
    blockingTitle: 'Blocking calls',
    blockingLine: (ms, tasks) => `event loop blocked for ${ms} ms; ${e(tasks, 'task', 'tasks')} on the thread pool`,
    cpuTitle: 'CPU pool',
    cpuLine: (tasks, threads, realMs) => `${e(tasks, 'task', 'tasks')} on ${e(threads, 'thread', 'threads')}, ${realMs} ms of real CPU`,
  },
};
