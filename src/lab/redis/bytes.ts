/**
 * Redis strings are bytes. Inside the lab's server each one is a JavaScript string holding one
 * character per byte (codes 0–255), so lengths, ordering, glob `?` and error cuts count bytes as
 * Redis does. The client turns arguments into bytes (text as UTF-8, a Buffer or Uint8Array as it
 * is) and replies back into text, or into bytes for the `*Buffer` methods.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** Text of ASCII only: its bytes are its characters. */
const ascii = /^[^\u0080-\uffff]*$/;

/** The bytes of `bytes` as a byte string. */
function fromBytes(bytes: Uint8Array): string {
  let out = '';
  // Chunks keep the spread argument list short on long values.
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** A command argument as the byte string Redis receives: text in UTF-8, a byte array as it is. */
export function toBytes(arg: string | Uint8Array): string {
  if (typeof arg !== 'string') return fromBytes(arg);
  return ascii.test(arg) ? arg : fromBytes(encoder.encode(arg));
}

/** A byte string's bytes. */
function bytesOf(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** A byte string read as UTF-8, broken sequences as U+FFFD, as ioredis decodes a reply. */
export function textOf(binary: string): string {
  return ascii.test(binary) ? binary : decoder.decode(bytesOf(binary));
}

interface BufferHost {
  Buffer?: { from(bytes: Uint8Array): Uint8Array };
}

/** A byte string as the program gets it from a `*Buffer` method: a Buffer where the host has one (Node), else a Uint8Array. */
export function bufferOf(binary: string): Uint8Array {
  const bytes = bytesOf(binary);
  const host = (globalThis as BufferHost).Buffer;
  return host ? host.from(bytes) : bytes;
}

/** Whether a value is bytes a program passed (a Buffer is a Uint8Array). */
export function isByteArray(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

/** An object key made of a reply item: text as it is, bytes read as UTF-8 (what `String(buffer)` gives). */
export function keyText(item: unknown): string {
  return isByteArray(item) ? decoder.decode(item) : String(item);
}
