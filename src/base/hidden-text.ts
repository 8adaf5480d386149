/**
 * Characters that change how the text around them reads without showing
 * themselves: control characters (a terminal runs ESC sequences; git takes a
 * file with NUL for binary), the bidirectional controls of the "Trojan
 * Source" attack (CVE-2021-42574), zero-width, filler and other invisible
 * format characters (some of them letters to JavaScript, the "invisible
 * identifier" trick), tag characters, and the line and paragraph
 * separators. Spec text may hold any of them; mdspec's code and messages
 * show them as escapes.
 */
const HIDDEN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0\u{e0000}-\u{e007f}]/gu;

/** The text with each hidden character written as its escape (`\u202e`, `\u{e0041}`); tabs and line breaks are left. */
export function hiddenShown(text: string): string {
  return text.replace(HIDDEN, (ch) => {
    const code = ch.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** Whether the text holds a hidden character. */
export function holdsHidden(text: string): boolean {
  HIDDEN.lastIndex = 0;
  return HIDDEN.test(text);
}

/** The text with each hidden character replaced by a space: for names made from it, which cannot hold an escape. */
export function hiddenAsSpace(text: string): string {
  return text.replace(HIDDEN, " ");
}
