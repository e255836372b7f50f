import type { Localized } from '../i18n/locales';
import type { PageSlug } from './pages';

/**
 * The module's "Checklist de Performance": the single source of truth for the checklist page,
 * the tracker's stored ids and the tests. Ids are stable: stored progress refers to them,
 * never to the text, so a tick survives a change of language or of wording.
 */

interface ChecklistItem {
  id: string;
  /** The item exactly as the module writes it. */
  moduleText: string;
  text: Localized;
  /** Where the site teaches it: a page slug (same in both locales) and optional heading anchor per locale. */
  taughtIn?: { slug: PageSlug; anchor?: Localized };
  /**
   * For an item the module lists but does not teach: a short explanation shown on the checklist page,
   * and optionally the page whose topic it builds on.
   */
  notCovered?: { text: Localized; relatedSlug?: PageSlug };
}

interface ChecklistGroup {
  id: 'database' | 'caching' | 'api' | 'infrastructure';
  /** The group's heading exactly as the module writes it. */
  moduleTitle: string;
  /** Portuguese keeps the module's own (English) group names; the module is the source of truth. */
  title: Localized;
  items: readonly ChecklistItem[];
}

export const checklist: readonly ChecklistGroup[] = [
  {
    id: 'database',
    moduleTitle: 'Database:',
    title: { 'pt-BR': 'Database', en: 'Database' },
    items: [
      {
        id: 'db-indexes',
        moduleText: 'Indexes em colunas de busca/join',
        text: { 'pt-BR': 'Indexes em colunas de busca/join', en: 'Indexes on search/join columns' },
        taughtIn: { slug: 'query-optimization' },
      },
      {
        id: 'db-n-plus-one',
        moduleText: 'Evitar N+1 queries',
        text: { 'pt-BR': 'Evitar N+1 queries', en: 'Avoid N+1 queries' },
        taughtIn: { slug: 'query-optimization' },
      },
      {
        id: 'db-pooling',
        moduleText: 'Connection pooling configurado',
        text: { 'pt-BR': 'Connection pooling configurado', en: 'Connection pooling configured' },
        taughtIn: { slug: 'connection-pooling' },
      },
      {
        id: 'db-explain',
        moduleText: 'Queries analisadas com EXPLAIN',
        text: { 'pt-BR': 'Queries analisadas com EXPLAIN', en: 'Queries analysed with EXPLAIN' },
        taughtIn: { slug: 'query-optimization' },
      },
      {
        id: 'db-cursor-pagination',
        moduleText: 'Paginação cursor-based',
        text: { 'pt-BR': 'Paginação cursor-based', en: 'Cursor-based pagination' },
        taughtIn: { slug: 'query-optimization' },
      },
    ],
  },
  {
    id: 'caching',
    moduleTitle: 'Caching:',
    title: { 'pt-BR': 'Caching', en: 'Caching' },
    items: [
      {
        id: 'cache-redis',
        moduleText: 'Redis para dados frequentes',
        text: { 'pt-BR': 'Redis para dados frequentes', en: 'Redis for frequently read data' },
        taughtIn: { slug: 'caching' },
      },
      {
        id: 'cache-ttl',
        moduleText: 'TTL apropriado',
        text: { 'pt-BR': 'TTL apropriado', en: 'An appropriate TTL' },
        taughtIn: { slug: 'caching' },
      },
      {
        id: 'cache-invalidation',
        moduleText: 'Estratégia de invalidação',
        text: { 'pt-BR': 'Estratégia de invalidação', en: 'An invalidation strategy' },
        taughtIn: { slug: 'caching' },
      },
      {
        id: 'cache-warming',
        moduleText: 'Cache warming para dados críticos',
        text: { 'pt-BR': 'Cache warming para dados críticos', en: 'Cache warming for critical data' },
        notCovered: {
          text: {
            'pt-BR':
              'O módulo não ensina cache warming. É carregar no cache os dados críticos antes que alguém os peça (ao subir a aplicação, depois de um deploy ou de uma limpeza do cache), para que as primeiras requisições não caiam todas no banco ao mesmo tempo.',
            en: 'The module does not teach cache warming. It means loading critical data into the cache before anyone asks for it (at start-up, after a deploy or a cache flush), so the first requests do not all hit the database at once.',
          },
          relatedSlug: 'caching',
        },
      },
    ],
  },
  {
    id: 'api',
    moduleTitle: 'API:',
    title: { 'pt-BR': 'API', en: 'API' },
    items: [
      {
        id: 'api-async',
        moduleText: 'Async/await onde possível',
        text: { 'pt-BR': 'Async/await onde possível', en: 'Async/await wherever possible' },
        taughtIn: { slug: 'async-api' },
      },
      {
        id: 'api-rate-limiting',
        moduleText: 'Rate limiting implementado',
        text: { 'pt-BR': 'Rate limiting implementado', en: 'Rate limiting in place' },
        taughtIn: { slug: 'rate-limiting' },
      },
      {
        id: 'api-compression',
        moduleText: 'Response compression (gzip/brotli)',
        text: { 'pt-BR': 'Response compression (gzip/brotli)', en: 'Response compression (gzip/brotli)' },
        taughtIn: {
          slug: 'http-delivery',
          anchor: { 'pt-BR': 'compressão-de-respostas-gzipbrotli', en: 'response-compression-gzipbrotli' },
        },
      },
      {
        id: 'api-http-caching',
        moduleText: 'HTTP caching headers',
        text: { 'pt-BR': 'HTTP caching headers', en: 'HTTP caching headers' },
        taughtIn: { slug: 'http-delivery', anchor: { 'pt-BR': 'cabeçalhos-de-cache-http', en: 'http-caching-headers' } },
      },
    ],
  },
  {
    id: 'infrastructure',
    moduleTitle: 'Infrastructure:',
    title: { 'pt-BR': 'Infrastructure', en: 'Infrastructure' },
    items: [
      {
        id: 'infra-load-balancer',
        moduleText: 'Load balancer configurado',
        text: { 'pt-BR': 'Load balancer configurado', en: 'Load balancer configured' },
        taughtIn: { slug: 'load-balancing' },
      },
      {
        id: 'infra-auto-scaling',
        moduleText: 'Auto-scaling habilitado',
        text: { 'pt-BR': 'Auto-scaling habilitado', en: 'Auto-scaling enabled' },
        notCovered: {
          text: {
            'pt-BR':
              'O módulo não ensina auto-scaling. É adicionar ou remover instâncias da aplicação automaticamente conforme a carga (CPU, requisições por segundo, tamanho de fila), por exemplo com o Horizontal Pod Autoscaler do Kubernetes ou os grupos de auto-scaling dos provedores de nuvem; pressupõe um load balancer distribuindo o tráfego entre as instâncias.',
            en: "The module does not teach auto-scaling. It means adding or removing application instances automatically as load changes (CPU, requests per second, queue length), for example with the Kubernetes Horizontal Pod Autoscaler or a cloud provider's auto-scaling groups; it assumes a load balancer spreading traffic across the instances.",
          },
          relatedSlug: 'load-balancing',
        },
      },
      {
        id: 'infra-cdn',
        moduleText: 'CDN para assets estáticos',
        text: { 'pt-BR': 'CDN para assets estáticos', en: 'CDN for static assets' },
        taughtIn: { slug: 'http-delivery', anchor: { 'pt-BR': 'cdn-para-assets-estáticos', en: 'cdn-for-static-assets' } },
      },
      {
        id: 'infra-health-checks',
        moduleText: 'Health checks configurados',
        text: { 'pt-BR': 'Health checks configurados', en: 'Health checks configured' },
        notCovered: {
          text: {
            'pt-BR':
              'O módulo não ensina health checks. São verificações (por exemplo, um endpoint `/health`) que o load balancer ou o orquestrador consulta para tirar de rotação uma instância que deixou de responder. O `pool_pre_ping=True` do connection pooling aplica a mesma ideia a cada conexão do banco.',
            en: "The module does not teach health checks. They are probes (for example a `/health` endpoint) that the load balancer or orchestrator calls to take an instance that stopped answering out of rotation. Connection pooling's `pool_pre_ping=True` applies the same idea to each database connection.",
          },
          relatedSlug: 'load-balancing',
        },
      },
    ],
  },
];

/** Every item id, in the module's order. */
export const checklistIds: readonly string[] = checklist.flatMap((g) => g.items.map((i) => i.id));
