import { describe, expect, it } from 'vitest';
import { checklistIds } from '~/data/checklist';
import { EXPORT_FORMAT, exportFile, importFile } from '~/checklist/transfer';
import { mergeStates, stateFromIds } from '~/checklist/state';

const at = new Date('2026-03-01T12:00:00.000Z');

describe('export file', () => {
  it('holds the format marker, the version, the time and the ticked ids', () => {
    const text = exportFile(stateFromIds(['cache-ttl', 'db-indexes'], checklistIds), at);
    expect(JSON.parse(text)).toEqual({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: '2026-03-01T12:00:00.000Z',
      ticked: ['db-indexes', 'cache-ttl'],
    });
  });

  it.each([
    ['nothing ticked', []],
    ['one item', ['api-rate-limiting']],
    ['one group', ['cache-redis', 'cache-ttl', 'cache-invalidation', 'cache-warming']],
    ['everything', [...checklistIds]],
  ])('round-trips %s through import', (_name, ids) => {
    const state = stateFromIds(ids, checklistIds);
    expect(importFile(exportFile(state, at), checklistIds)).toEqual({ ok: true, state, dropped: 0 });
  });
});

describe('importFile', () => {
  it('accepts a file written in the previous stored format', () => {
    expect(importFile('["db-pooling","infra-health-checks"]', checklistIds)).toEqual({
      ok: true,
      state: stateFromIds(['db-pooling', 'infra-health-checks'], checklistIds),
      dropped: 0,
    });
  });

  it('keeps the known ids of a file from a newer checklist and counts the rest', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, ticked: ['db-indexes', 'db-replicas', 'queue-backpressure'] });
    expect(importFile(text, checklistIds)).toEqual({ ok: true, state: stateFromIds(['db-indexes'], checklistIds), dropped: 2 });
  });

  it('accepts a file without a format marker, such as the stored value copied into a file', () => {
    expect(importFile('{"version":1,"ticked":["cache-ttl"]}', checklistIds)).toEqual({
      ok: true,
      state: stateFromIds(['cache-ttl'], checklistIds),
      dropped: 0,
    });
  });

  it.each([
    ['another program', { format: 'other-app-export', version: 1, ticked: ['db-indexes'] }],
    ['a marker that is not a string', { format: 1, ticked: ['db-indexes'] }],
    ['an empty marker', { format: '', ticked: ['db-indexes'] }],
  ])('refuses a file whose format marker names %s, even if it holds known ids', (_name, file) => {
    expect(importFile(JSON.stringify(file), checklistIds)).toEqual({ ok: false, error: 'other-format' });
  });

  it('accepts a file an editor saved with a byte-order mark', () => {
    const result = importFile(`\uFEFF${exportFile(stateFromIds(['api-async'], checklistIds), at)}`, checklistIds);
    expect(result).toEqual({ ok: true, state: stateFromIds(['api-async'], checklistIds), dropped: 0 });
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['a blank file', '\n\n', 'empty'],
    ['a text file', 'my progress: all done', 'not-json'],
    ['a truncated export', exportFile(stateFromIds(['api-async'], checklistIds), at).slice(0, 40), 'not-json'],
    ['some other JSON', '{"name":"my-app","version":"1.0.0"}', 'wrong-shape'],
    ['a JSON number', '16', 'wrong-shape'],
    ['a huge file', ' '.repeat(10) + 'x'.repeat(300_000), 'too-large'],
  ] as const)('refuses %s with a reason', (_name, text, error) => {
    expect(importFile(text, checklistIds)).toEqual({ ok: false, error });
  });
});

describe('mergeStates', () => {
  it('keeps every tick of both sides, in checklist order, once', () => {
    const mine = stateFromIds(['infra-cdn', 'db-indexes'], checklistIds);
    const theirs = stateFromIds(['db-indexes', 'cache-ttl'], checklistIds);
    expect(mergeStates(mine, theirs, checklistIds).ticked).toEqual(['db-indexes', 'cache-ttl', 'infra-cdn']);
  });
});
