/**
 * Backslash escapes in markdown source that the text is the same without.
 * Descriptions are kept as markdown source, for the docs; where they are also
 * written as plain text (JSDoc, JSON Schema), an escape a generator wrote
 * for its own strings (typescript-axios's `action\'s`) or for MDX (`\{`)
 * would show its backslash. Code spans keep theirs: a backslash there is text.
 */

/** `source` without the backslash before each of `characters` (a regular expression's character class body), outside code. */
export function withoutEscapes(source: string, characters: string): string {
  const escaped = new RegExp(`(?<!\\\\)\\\\([${characters}])`, "gu");
  // Odd parts are code spans (and fenced code), which keep their backslashes.
  return source
    .split(/(`+[^`]*`+)/u)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(escaped, "$1")))
    .join("");
}

/** Quotes, which markdown never needs escaped. */
export function withoutQuoteEscapes(source: string): string {
  return withoutEscapes(source, `'"`);
}
