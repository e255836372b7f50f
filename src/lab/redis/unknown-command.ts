import { ReplyError } from './reply';

/**
 * Redis's error for a command name it does not know, quoting the start of what was sent. Redis
 * prints the name and arguments as C strings, so each stops at its first NUL byte, and within a
 * budget of 128 bytes of UTF-8: the name is cut to 128, and arguments are quoted one after another
 * while the quoted text is shorter than that, each cut to what is left of it. A cut can split a
 * character; the client decodes the broken bytes as U+FFFD, as TextDecoder does here. Line breaks
 * become spaces, keeping the error on one line.
 */

const BUDGET = 128;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The bytes of `text` Redis prints: up to its first NUL, at most `max`. */
function printedBytes(text: string, max: number): Uint8Array {
  const bytes = encoder.encode(text);
  const nul = bytes.indexOf(0);
  return bytes.subarray(0, Math.min(nul === -1 ? bytes.length : nul, max));
}

function quotedArguments(args: readonly string[]): string {
  let quoted = '';
  let used = 0;
  for (const arg of args) {
    if (used >= BUDGET) break;
    const shown = printedBytes(arg, BUDGET - used);
    quoted += `'${decoder.decode(shown)}' `;
    used += shown.length + 3;
  }
  return quoted;
}

/** The unknown-command error for `argv` (name first), with `note` appended when given. */
export function unknownCommand(argv: readonly string[], note = ''): ReplyError {
  const name = decoder.decode(printedBytes(argv[0] ?? '', BUDGET));
  const message = `ERR unknown command '${name}', with args beginning with: ${quotedArguments(argv.slice(1))}`;
  return new ReplyError(message.replace(/[\r\n]/g, ' ') + note);
}
