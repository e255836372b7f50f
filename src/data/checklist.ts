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
  /**
   * Where the site teaches it: a page slug (same in both locales) and optional heading anchor per
   * locale. Every item has one: the six the module lists without teaching are taught on the site's
   * own pages (HTTP delivery, operations).
   */
  taughtIn: { slug: PageSlug; anchor?: Localized };
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
        taughtIn: { slug: 'operations', anchor: { 'pt-BR': 'cache-warming', en: 'cache-warming' } },
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
        taughtIn: { slug: 'operations', anchor: { 'pt-BR': 'auto-scaling', en: 'auto-scaling' } },
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
        taughtIn: { slug: 'operations', anchor: { 'pt-BR': 'health-checks', en: 'health-checks' } },
      },
    ],
  },
];

/** Every item id, in the module's order. */
export const checklistIds: readonly string[] = checklist.flatMap((g) => g.items.map((i) => i.id));
