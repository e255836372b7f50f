import { oneLine, printed, ReplyError } from './reply';

/**
 * Redis's error for a command name it does not know, quoting the start of what was sent. Redis
 * prints the name and arguments as C strings, so each stops at its first NUL byte, and within a
 * budget of 128 bytes: the name is cut to 128, and arguments are quoted one after another while
 * the quoted text is shorter than that, each cut to what is left of it. A cut can split a UTF-8
 * character; the client decodes the broken bytes as U+FFFD. Line breaks become spaces, keeping
 * the error on one line. Arguments are byte strings (bytes.ts).
 */

const BUDGET = 128;

function quotedArguments(args: readonly string[]): string {
  let quoted = '';
  let used = 0;
  for (const arg of args) {
    if (used >= BUDGET) break;
    const shown = printed(arg, BUDGET - used);
    quoted += `'${shown}' `;
    used += shown.length + 3;
  }
  return quoted;
}

/** The unknown-command error for `argv` (name first), with `note` appended when given. */
export function unknownCommand(argv: readonly string[], note = ''): ReplyError {
  const name = printed(argv[0] ?? '', BUDGET);
  return new ReplyError(oneLine(`ERR unknown command '${name}', with args beginning with: ${quotedArguments(argv.slice(1))}`) + note);
}
