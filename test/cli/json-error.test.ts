/**
 * The locator of JSON syntax errors that config messages use: it agrees with
 * JSON.parse on what is JSON, and points at the first character that is not.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSyntaxError } from "../../src/config/json-error.js";

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("jsonSyntaxError", () => {
  it("finds an error exactly when JSON.parse throws: on JSON values as written, and on them with a character cut or added", () => {
    const texts = fc
      .tuple(fc.jsonValue(), fc.constantFrom(undefined, 2), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', ":", "\n", "x", "0", "\\"))
      .map(([value, indent, at, extra]) => {
        const text = JSON.stringify(value, null, indent);
        const cut = at % (text.length + 1);
        return [text, text.slice(0, cut) + extra + text.slice(cut + (extra === "" ? 1 : 0))];
      });
    fc.assert(
      fc.property(texts, ([valid, mutated]) => {
        expect(jsonSyntaxError(valid!)).toBeUndefined();
        expect(jsonSyntaxError(mutated!) === undefined).toBe(parses(mutated!));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['{\n  "a": 1,\n}', { line: 3, column: 1, message: 'expected a key in double quotes, found "}"' }],
    ['{"a": 1 "b": 2}', { line: 1, column: 9, message: 'expected "," or "}", found "\\""' }],
    ["[1, 2", { line: 1, column: 6, message: 'expected "," or "]", found the end of the file' }],
    ['{"a": "line\nbreak"}', { line: 1, column: 12, message: 'expected a closing " on the same line, found the end of the line' }],
    ["{} {}", { line: 1, column: 4, message: 'expected the end of the file, found "{"' }],
    ["", { line: 1, column: 1, message: 'expected a value (a "string", a number, true, false, null, an object or a list), found the end of the file' }],
  ])("%j", (text, error) => {
    expect(jsonSyntaxError(text)).toEqual(error);
  });
});
