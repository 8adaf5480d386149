import { describe, expect, it } from "vitest";
import { formatTypeScript } from "../../src/emit/format.js";
import { stringLiteral, valueLiteral } from "../../src/emit/literal.js";

const TEXTS = ["plain", 'say "hi"', "it's", `"it's"`, `'"'"`, '""\'', "back\\slash \"quoted\"", "line\nbreak \"x\"", "tab\t'", "\u2028\"", "emoji 😀 \"", "rtl\u202e '\u2066", "zero\u200bwidth\ufeff", ""];

describe("literals written as prettier writes them", () => {
  it.each(TEXTS)("%j is a string literal prettier keeps, with the same value", async (text) => {
    const literal = stringLiteral(text);
    expect(await formatTypeScript(`x = ${literal};\n`)).toBe(`x = ${literal};\n`);
    expect(new Function(`return ${literal};`)()).toBe(text);
    // What would hide in the code (a bidirectional control, a zero-width space) is written as its escape.
    expect(literal).not.toMatch(/[\u200b\u202e\u2066\ufeff\u2028]/u);
  });

  it.each([0, -3, 0.5, 1e-7, 1e21, -2.5e30, 123456789])("%d is a number literal prettier keeps, with the same value", async (n) => {
    const literal = valueLiteral(n);
    expect(await formatTypeScript(`x = ${literal};\n`)).toBe(`x = ${literal};\n`);
    expect(Number(literal)).toBe(n);
  });
});
