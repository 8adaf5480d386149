/**
 * Characters that change how the text around them reads without showing
 * themselves: control characters (a terminal runs ESC sequences; git takes a
 * file with NUL for binary), the bidirectional controls of the "Trojan
 * Source" attack (CVE-2021-42574), zero-width and other invisible format
 * characters, and the line and paragraph separators. Spec text may hold any
 * of them; mdspec's code and messages show them as escapes.
 */
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/** The text with each hidden character written as its escape (`\u202e`); tabs and line breaks are left. */
export function hiddenShown(text: string): string {
  return text.replace(HIDDEN, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
