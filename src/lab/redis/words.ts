/**
 * Redis matches command and option names without regard to case, but only ASCII case: `KEEPTTL`
 * written with the Kelvin sign (U+212A) is no option, and `ſ` is no `s`. JavaScript's own case
 * mappings fold those, so names are folded here, letter by ASCII letter.
 */
export function asciiUpper(word: string): string {
  return word.replace(/[a-z]+/g, (run) => run.toUpperCase());
}

/** The lowercase spelling of a command name, folding ASCII letters only (see asciiUpper). */
export function asciiLower(word: string): string {
  return word.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}
