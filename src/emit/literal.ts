/**
 * Values as JavaScript source, written as prettier writes them, so that a
 * module printed with them needs no formatting (format.ts).
 */
import { hiddenShown } from "../base/hidden-text.js";

/** A string as a double-quoted literal (JSON's), with the characters that would hide in the code escaped. */
export function jsonString(text: string): string {
  return hiddenShown(JSON.stringify(text));
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
