/**
 * Values a reader's browser may hold under the tracker's key, none of them the current format
 * exactly: each must still yield a valid state, keeping only the ticks it can vouch for.
 */
export interface BadStoredValue {
  name: string;
  raw: string;
  /** The ids that must survive, in checklist order. */
  keeps: readonly string[];
}

const deepArray = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const manyUnknown = JSON.stringify({ version: 1, ticked: [...Array.from({ length: 15_000 }, (_, i) => `gone-${i}`), 'cache-ttl'] });

export const badStoredValues: readonly BadStoredValue[] = [
  // Not JSON at all.
  { name: 'empty string', raw: '', keeps: [] },
  { name: 'whitespace only', raw: '   \n\t', keeps: [] },
  { name: 'plain text', raw: 'db-indexes', keeps: [] },
  { name: 'truncated JSON', raw: '{"version":1,"ticked":["db-indexes"', keeps: [] },
  { name: 'the string "undefined"', raw: 'undefined', keeps: [] },
  { name: 'the string "[object Object]"', raw: '[object Object]', keeps: [] },
  { name: 'JSON with a trailing comma', raw: '{"version":1,"ticked":["db-indexes",]}', keeps: [] },
  { name: 'single-quoted pseudo JSON', raw: "{'version':1,'ticked':['db-indexes']}", keeps: [] },
  { name: 'NaN', raw: 'NaN', keeps: [] },
  { name: 'control characters', raw: '\u0000\u0001\u0002\uFFFD', keeps: [] },
  { name: 'a lone surrogate', raw: '\uD800', keeps: [] },
  { name: 'HTML', raw: '<script>alert(1)</script>', keeps: [] },
  // JSON of the wrong shape.
  { name: 'null', raw: 'null', keeps: [] },
  { name: 'true', raw: 'true', keeps: [] },
  { name: 'a number', raw: '42', keeps: [] },
  { name: 'a JSON string holding an id', raw: '"db-indexes"', keeps: [] },
  {
    name: 'a JSON string holding the current format',
    raw: JSON.stringify(JSON.stringify({ version: 1, ticked: ['db-indexes'] })),
    keeps: [],
  },
  { name: 'an empty object', raw: '{}', keeps: [] },
  { name: 'version without ticked', raw: '{"version":1}', keeps: [] },
  { name: 'ticked is a string', raw: '{"version":1,"ticked":"db-indexes"}', keeps: [] },
  { name: 'ticked is a number', raw: '{"version":1,"ticked":3}', keeps: [] },
  { name: 'ticked is null', raw: '{"version":1,"ticked":null}', keeps: [] },
  { name: 'an unrelated object', raw: '{"theme":"dark","fontSize":16}', keeps: [] },
  { name: 'an object of strings', raw: '{"db-indexes":"yes","cache-ttl":"true"}', keeps: [] },
  // Recognised shapes holding bad entries.
  { name: 'elements of the wrong type', raw: '{"version":1,"ticked":[1,null,true,{},[],1.5]}', keeps: [] },
  {
    name: 'a mix of good and bad elements',
    raw: '{"version":1,"ticked":[1,"db-indexes",null,"cache-ttl",{"id":"api-async"}]}',
    keeps: ['db-indexes', 'cache-ttl'],
  },
  {
    name: 'ids that no longer exist',
    raw: '{"version":1,"ticked":["db-indexes","db-sharding","cache-everything"]}',
    keeps: ['db-indexes'],
  },
  { name: 'duplicated ids', raw: '{"version":1,"ticked":["cache-ttl","cache-ttl","cache-ttl"]}', keeps: ['cache-ttl'] },
  { name: 'ids out of order', raw: '{"version":1,"ticked":["infra-cdn","db-indexes"]}', keeps: ['db-indexes', 'infra-cdn'] },
  { name: 'ids in another case or padded', raw: '{"version":1,"ticked":["DB-INDEXES"," cache-ttl","cache-ttl "]}', keeps: [] },
  { name: 'texts instead of ids', raw: '{"version":1,"ticked":["Evitar N+1 queries","Avoid N+1 queries"]}', keeps: [] },
  { name: 'a future version', raw: '{"version":2,"ticked":["db-pooling"],"notes":{"db-pooling":"done"}}', keeps: ['db-pooling'] },
  { name: 'version as a string', raw: '{"version":"1","ticked":["db-pooling"]}', keeps: ['db-pooling'] },
  { name: 'version without a usable ticked list', raw: '{"version":0,"items":["db-pooling"]}', keeps: [] },
  { name: 'ticked as an id map', raw: '{"version":1,"ticked":{"db-pooling":true,"cache-ttl":false,"nope":true}}', keeps: ['db-pooling'] },
  // Previous formats.
  { name: 'previous format: array of ids', raw: '["db-indexes","api-async"]', keeps: ['db-indexes', 'api-async'] },
  { name: 'previous format: empty array', raw: '[]', keeps: [] },
  { name: 'previous format: id map', raw: '{"db-indexes":true,"api-async":false,"infra-cdn":true}', keeps: ['db-indexes', 'infra-cdn'] },
  {
    name: 'previous format: id map with junk',
    raw: '{"db-indexes":true,"gone":true,"infra-cdn":"yes","api-async":1}',
    keeps: ['db-indexes'],
  },
  { name: 'previous format: array of arrays', raw: '[["db-indexes"],["api-async"]]', keeps: [] },
  // Prototype pollution and inherited names.
  { name: '__proto__ key with a ticked list', raw: '{"__proto__":{"ticked":["db-indexes"],"polluted":true},"version":1}', keeps: [] },
  {
    name: '__proto__ next to a good list',
    raw: '{"__proto__":{"polluted":true},"version":1,"ticked":["cache-redis"]}',
    keeps: ['cache-redis'],
  },
  {
    name: 'constructor.prototype payload',
    raw: '{"constructor":{"prototype":{"polluted":true}},"db-indexes":true}',
    keeps: ['db-indexes'],
  },
  { name: '__proto__ in an id map', raw: '{"__proto__":true,"constructor":true,"toString":true,"cache-ttl":true}', keeps: ['cache-ttl'] },
  {
    name: 'inherited names as ids',
    raw: '{"version":1,"ticked":["__proto__","constructor","toString","hasOwnProperty","valueOf"]}',
    keeps: [],
  },
  { name: '__proto__ as ticked map', raw: '{"version":1,"ticked":{"__proto__":true,"db-explain":true}}', keeps: ['db-explain'] },
  // Size.
  { name: 'a huge string (1 MB)', raw: 'x'.repeat(1_000_000), keeps: [] },
  {
    name: 'a huge valid-looking value over the limit',
    raw: JSON.stringify({ version: 1, ticked: ['db-indexes'], pad: 'x'.repeat(300_000) }),
    keeps: [],
  },
  { name: 'fifteen thousand unknown ids and one good one', raw: manyUnknown, keeps: ['cache-ttl'] },
  { name: 'deeply nested arrays', raw: deepArray, keeps: [] },
  { name: 'a huge number', raw: '1e400', keeps: [] },
  // Encoding.
  { name: 'a byte-order mark before good JSON', raw: '\uFEFF{"version":1,"ticked":["api-async"]}', keeps: ['api-async'] },
];
