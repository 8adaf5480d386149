/**
 * Values as JavaScript source, written as prettier writes them, so that a
 * module printed with them needs no formatting (format.ts).
 */

/**
 * Characters that change how the text around them reads without showing
 * themselves: the bidirectional controls (the "Trojan Source" attack,
 * CVE-2021-42574), zero-width and other invisible format characters, the
 * line and paragraph separators, and the controls JSON leaves as they are
 * (DEL and C1). Spec text may hold any of them; the code never does.
 */
const HIDDEN = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

const escapeOf = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** A string as a double-quoted literal (JSON's), with the characters that would hide in the code escaped. */
export function jsonString(text: string): string {
  return JSON.stringify(text).replace(HIDDEN, escapeOf);
}

/** Text for a comment, which holds no escapes: each hidden character is shown as its escape's text (`\u202e`). */
export function hiddenShown(text: string): string {
  return text.replace(HIDDEN, escapeOf);
}

/**
 * A string literal: double-quoted, unless the text holds more double quotes
 * than single ones; then single-quoted, with the single quotes escaped.
 */
export function stringLiteral(text: string): string {
  const json = jsonString(text);
  const doubles = text.split('"').length - 1;
  if (doubles <= text.split("'").length - 1) return json;
  const body = json.slice(1, -1).replace(/\\(.)|'/gsu, (match, escaped: string | undefined) => {
    if (escaped === undefined) return "\\'";
    // JSON's escapes stay, but for its `\"`, which a single-quoted string does not need.
    return escaped === '"' ? '"' : match;
  });
  return `'${body}'`;
}

/** A literal of a spec's value: a string as stringLiteral writes it, a number without its exponent's `+` (1e21). */
export function valueLiteral(value: string | number | boolean): string {
  if (typeof value === "string") return stringLiteral(value);
  return String(value).replace("e+", "e");
}
