/**
 * Example Usage blocks are read as literals, never run: the value of
 * `let value: T = ...;` comes back as plain data, anything else is named.
 */
import { describe, expect, it } from "vitest";
import { nullPaths, readExampleValue, withDatesAsText, withExampleDates } from "../../src/ir/example-value.js";
import type { Model } from "../../src/ir/types.js";

describe("reading an example's value", () => {
  it("reads objects, arrays, strings, numbers, booleans, null and dates", () => {
    const code = `import { Agent } from "@acme/sdk/models/components";

let value: Agent = {
  name: "<value>",
  "quoted-key": \`template\`,
  versions: [1, -2.5, +3],
  active: true,
  archived: false,
  parent: null,
  createdAt: new Date("2024-08-23T06:20:02.699Z"),
};`;
    expect(readExampleValue(code)).toEqual({
      kind: "value",
      value: {
        name: "<value>",
        "quoted-key": "template",
        versions: [1, -2.5, 3],
        active: true,
        archived: false,
        parent: null,
        createdAt: new Date("2024-08-23T06:20:02.699Z"),
      },
    });
  });

  it("reads the SDK's BigInt, Decimal and RFCDate values as JSON carries them, the text or number they are made of", () => {
    const code = `let value: Price = {
  count: BigInt("9223372036854775808"),
  small: BigInt(12),
  amount: new Decimal("3.14159265358979344719667586"),
  day: new RFCDate("2022-03-01"),
  note: null,
};`;
    expect(readExampleValue(code)).toEqual({
      kind: "value",
      value: { count: "9223372036854775808", small: 12, amount: "3.14159265358979344719667586", day: "2022-03-01", note: null },
    });
    // Only those: another constructor or call is not a value the doc shows.
    expect(readExampleValue('let value: A = { a: new Widget("x") };')).toEqual({ kind: "unreadable", reason: 'unsupported expression new Widget("x")' });
    expect(readExampleValue('let value: A = { a: Decimal("1") };')).toEqual({ kind: "unreadable", reason: 'unsupported expression Decimal("1")' });
  });

  it("makes a __proto__ key an own property, as JSON does, not the prototype", () => {
    const example = readExampleValue('const value: A = { __proto__: "x" };');
    const value = example.kind === "value" ? (example.value as object) : {};
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("finds no value in a block without one", () => {
    expect(readExampleValue('import { A } from "x";\n\n// No examples available for this model')).toEqual({ kind: "none" });
  });

  it.each([
    ["a call", "let value: A = compute();", "unsupported expression compute()"],
    ["a spread", "let value: A = { ...other };", "unsupported property ...other"],
    ["a variable", "let value: A = { a: other };", "unsupported expression other"],
    ["a computed key", 'let value: A = { ["a"]: 1 };', 'unsupported key ["a"]'],
  ])("names what it cannot read: %s", (_what, code, reason) => {
    expect(readExampleValue(code)).toEqual({ kind: "unreadable", reason });
  });
});

describe("where an example is null", () => {
  it("is each key whose value is null, at any depth, with 0 for array elements", () => {
    const code = "let value: A = { a: null, b: 1, c: { d: null, e: { f: null } }, g: [{ h: null }, { h: null, i: null }] };";
    expect(nullPaths(code)).toEqual([["a"], ["c", "d"], ["c", "e", "f"], ["g", 0, "h"], ["g", 0, "i"]]);
  });

  it("does not count a null element of an array, or look into a Date", () => {
    expect(nullPaths('let value: A = { a: [null, 1], b: new Date("2024-01-01") };')).toEqual([]);
  });

  it("is still found beside what is not a literal: an enum member, a bigint, a stream, a spread, undefined", () => {
    const code = [
      "let value: A = {",
      "  kind: PlaylistType.Video,",
      "  amount: 918598n,",
      "  file: await openAsBlob(\"a.pdf\"),",
      "  body: new TextEncoder().encode(\"x\"),",
      "  ...defaults,",
      "  nothing: undefined,",
      "  parent: null,",
      "  items: [bytesToStream(x), { note: null }],",
      "};",
    ].join("\n");
    expect(readExampleValue(code)).toMatchObject({ kind: "unreadable" });
    expect(nullPaths(code)).toEqual([["parent"], ["items", 0, "note"]]);
  });

  it("is nowhere for a value that is not an object", () => {
    expect(nullPaths("let value: A = [null];")).toEqual([]);
    expect(nullPaths("let value: A = null;")).toEqual([]);
    expect(nullPaths('value: A = {"a": None}')).toEqual([]);
  });
});

describe("an example's dates written as text, for string dates", () => {
  it.each([
    ['let value: X = { createdAt: new Date("2024-08-23T06:20:02.699Z"), n: 1 };', 'let value: X = { createdAt: "2024-08-23T06:20:02.699Z", n: 1 };'],
    ["let value: X = [new Date('2024-01-01'), { at: new Date(\"2024-01-02\") }];", "let value: X = ['2024-01-01', { at: \"2024-01-02\" }];"],
    ['let value: X = { name: "Date" };', 'let value: X = { name: "Date" };'],
    // A Date made from no text has no text to write: the example is no value of a string.
    ["let value: X = { createdAt: new Date() };", undefined],
    ["let value: X = { createdAt: new Date(0) };", undefined],
    // Code that is no TypeScript is left to the emitter, which leaves it out.
    ['value = X(created_at=datetime(2024, 1, 1))\nfrom sdk import X', 'value = X(created_at=datetime(2024, 1, 1))\nfrom sdk import X'],
  ])("%j → %j", (code, text) => {
    expect(withDatesAsText(code)).toBe(text);
  });
});

describe("the examples' dates of models", () => {
  it("writes the dates a model's TypeScript example makes as text when dates are strings, and drops one it cannot", () => {
    const examples = ['let value: Thing = { a: new Date("2024-08-23T06:20:02.699Z") };', "let value: Thing = { a: new Date() };"];
    const model = { name: "Thing", examples } as unknown as Model;
    expect(withExampleDates([model], "string")[0]!.examples).toEqual(['let value: Thing = { a: "2024-08-23T06:20:02.699Z" };']);
    expect(withExampleDates([model], "Date")[0]!.examples).toEqual(examples);
    expect(withExampleDates([model], "as-written")[0]!.examples).toEqual(examples);
  });
});

describe("an example nested deeper than any SDK's", () => {
  it("is not parsed, so neither the parser nor a walk of its tree runs out of stack", () => {
    const deep = (levels: number) => `let value: X = ${"{ a: ".repeat(levels)}1${" }".repeat(levels)};`;
    for (const levels of [3000, 5000]) {
      expect(readExampleValue(deep(levels))).toEqual({ kind: "none" });
      expect(nullPaths(deep(levels))).toEqual([]);
      expect(withDatesAsText(deep(levels))).toBeUndefined();
    }
    // A realistic depth is read.
    expect(readExampleValue(deep(40))).toMatchObject({ kind: "value" });
    // Arrows nest without brackets; closers first make no room for openers; a chain of `!` overflows a walk.
    const arrows = `let value: X = ${"a => ".repeat(10_000)}1;`;
    const closersFirst = `let value: X = ["${")".repeat(30_000)}", ${"[".repeat(5000)}${"]".repeat(5000)}];`;
    const nots = `let value: X = { a: ${"!".repeat(20_000)}1, at: new Date("2024-01-01") };`;
    for (const code of [arrows, closersFirst, nots]) {
      expect(["none", "unreadable"]).toContain(readExampleValue(code).kind);
      expect(nullPaths(code)).toEqual([]);
      expect(withDatesAsText(code)).toBeUndefined();
    }
  });
});
