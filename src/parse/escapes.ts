/**
 * Backslash escapes in markdown source that the text is the same without.
 * Descriptions are kept as markdown source, for the docs; where they are also
 * written as plain text (JSDoc, JSON Schema), an escape a generator wrote
 * for its own strings (typescript-axios's `action\'s`, Kubernetes'
 * `a \"run in container\" action`) or for MDX (`\{`) would show its
 * backslash. Code spans keep theirs: a backslash there is text. (Code blocks
 * are the caller's to leave out.)
 */

/**
 * A code span (a whole run of backticks to the next run of the same length),
 * a run of backticks that closes nothing, or a backslash and the character it
 * escapes: matched together, so that an escape is never read inside code,
 * nor a `\\` as the start of one.
 */
const CODE_OR_ESCAPE = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)|`+|\\[\s\S]/gu;

/** `source` without the backslash before each of `characters`, outside code spans. */
export function withoutEscapes(source: string, characters: string): string {
  return source.replace(CODE_OR_ESCAPE, (match) => (match.length === 2 && match[0] === "\\" && characters.includes(match[1]!) ? match[1]! : match));
}

/** Quotes, which markdown never needs escaped. */
export function withoutQuoteEscapes(source: string): string {
  return withoutEscapes(source, `'"`);
}
