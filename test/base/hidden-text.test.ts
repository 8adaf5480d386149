/** What hides in text is shown as its escape, and nothing else is changed. */
import { describe, expect, it } from "vitest";
import { hiddenShown, holdsHidden } from "../../src/base/hidden-text.js";

describe("hiddenShown", () => {
  it.each([
    ["a\u202eb", "a\\u202eb"],
    ["bell\u0007 esc\u001b[2K", "bell\\u0007 esc\\u001b[2K"],
    ["soft\u00adhyphen, filler\u3164, joiner\u200d", "soft\\u00adhyphen, filler\\u3164, joiner\\u200d"],
    // A tag character is past U+FFFF: one escape of its code point, not two of its halves.
    ["tag\u{e0041}", "tag\\u{e0041}"],
    ["tab\tand\nline, emoji ✔️ 😀, é", "tab\tand\nline, emoji ✔️ 😀, é"],
  ])("%j → %j", (text, shown) => {
    expect(hiddenShown(text)).toBe(shown);
    expect(holdsHidden(text)).toBe(text !== shown);
  });
});
