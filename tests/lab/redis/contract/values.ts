/** The argument values random sequences draw from: a few keys, fields and members so commands meet each other's data. */
import fc from 'fast-check';

export const key = fc.constantFrom('a', 'b', 'c', 'rate:1');
export const field = fc.constantFrom('f', 'g', 'h');
export const member = fc.constantFrom('m1', 'm2', 'm3', 'm4');
const edgeValue = fc.constantFrom(
  '0',
  '-1',
  '7',
  '007',
  '+1',
  '-0',
  '1.5',
  'abc',
  '',
  ' 1',
  '9223372036854775807',
  '-9223372036854775808',
  '99999999999999999999',
  'inf',
  '1e2',
  'ção',
);
export const value = fc.oneof(fc.integer({ min: -5, max: 20 }).map(String), edgeValue, fc.string({ maxLength: 4 }));
export const score = fc.oneof(
  fc.integer({ min: -3, max: 10 }).map(String),
  fc.constantFrom('1.5', '-inf', '+inf', 'inf', '0.1', '1e1', 'abc', '', '-0'),
);
export const bound = fc.oneof(
  score,
  score.map((s) => `(${s}`),
);
export const index = fc.integer({ min: -6, max: 6 }).map(String);
