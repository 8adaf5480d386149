import { describe, expect, it } from "vitest";
import { formatTypeScript } from "../../src/emit/format.js";
import { stringLiteral, valueLiteral } from "../../src/emit/literal.js";

const TEXTS = ["plain", 'say "hi"', "it's", `"it's"`, `'"'"`, '""\'', "back\\slash \"quoted\"", "line\nbreak \"x\"", "tab\t'", "\u2028\"", "emoji 😀 \"", ""];

describe("literals written as prettier writes them", () => {
  it.each(TEXTS)("%j is a string literal prettier keeps, with the same value", async (text) => {
    const literal = stringLiteral(text);
    expect(await formatTypeScript(`x = ${literal};\n`)).toBe(`x = ${literal};\n`);
    expect(new Function(`return ${literal};`)()).toBe(text);
  });

  it.each([0, -3, 0.5, 1e-7, 1e21, -2.5e30, 123456789])("%d is a number literal prettier keeps, with the same value", async (n) => {
    const literal = valueLiteral(n);
    expect(await formatTypeScript(`x = ${literal};\n`)).toBe(`x = ${literal};\n`);
    expect(Number(literal)).toBe(n);
  });
});
