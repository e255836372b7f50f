import { describe, expect, it } from 'vitest';
import { labText } from '~/lab/messages';

describe('lab report lines', () => {
  it('use the singular for one and group big counts, in both languages', () => {
    expect(labText['pt-BR'].poolLine(1, 0, 1, 1)).toBe('1 conexão criada, 0 reutilizadas, 1 espera, 1 timeout');
    expect(labText.en.poolLine(1, 0, 1, 1)).toBe('1 connection created, 0 reused, 1 wait, 1 timeout');
    expect(labText['pt-BR'].dbQueries(2, 800_302, 1, '1,5')).toBe('2 queries, 800.302 linhas lidas, 1 retornada, 1,5 ms no banco');
    expect(labText.en.dbQueries(1, 800_302, 2, '1.5')).toBe('1 query, 800,302 rows read, 2 returned, 1.5 ms in the database');
    expect(labText.en.prePingLine(3, 1)).toBe('pre-ping: 3 checks, 1 dead connection replaced');
  });

  it('call a cache miss a miss in Portuguese too, never a failure', () => {
    expect(labText['pt-BR'].redisHits(3, 1)).toBe('leituras de chave: 3 acertos (hits), 1 miss (taxa de acerto 75%)');
    expect(labText['pt-BR'].redisHits(0, 0)).toBe('leituras de chave: 0 acertos (hits), 0 misses');
  });

  it('name the module’s own pool in words and quote the program’s names', () => {
    expect(labText['pt-BR'].poolTitle(undefined)).toBe('Pool de conexões padrão (db)');
    expect(labText.en.poolTitle(undefined)).toBe('Default connection pool (db)');
    expect(labText['pt-BR'].poolTitle('sem pre-ping')).toBe('Pool de conexões “sem pre-ping”');
  });
});
