/**
 * The check tree's printer: each kind of check as the generated code shows
 * it, negation and brackets decided by the tree, and each printed check run
 * to prove it means what the tree says.
 */
import { describe, expect, it } from "vitest";
import { all, always, any, call, never, not, printCheck, type Check } from "../../src/emit/check-tree.js";

const isString: Check = { kind: "typeof", subject: "value.a", type: "string" };
const isBoolean: Check = { kind: "typeof", subject: "value.a", type: "boolean" };
const isNull: Check = { kind: "equals", subject: "value.a", literal: "null" };
const isInteger = call("rt.isInteger", "value.a");
const present = call("rt.hasOwn", "value", '"a"');

/** Runs a printed check on `value`, with the few runtime helpers these tests call. */
function run(check: Check, value: Record<string, unknown>): boolean {
  const rt = { isInteger: Number.isInteger, hasOwn: (object: object, key: string) => Object.hasOwn(object, key) };
  return new Function("value", "rt", `return ${printCheck(check)};`)(value, rt) as boolean;
}

describe("printing a check", () => {
  it.each([
    [isString, 'typeof value.a === "string"'],
    [isNull, "value.a === null"],
    [isInteger, "rt.isInteger(value.a)"],
    [always, "true"],
    [never, "false"],
  ])("prints %j as %s", (check, text) => {
    expect(printCheck(check)).toBe(text);
  });

  it("negates comparisons by their operator and calls with `!`", () => {
    expect(printCheck(not(isString))).toBe('typeof value.a !== "string"');
    expect(printCheck(not(isNull))).toBe("value.a !== null");
    expect(printCheck(not(isInteger))).toBe("!rt.isInteger(value.a)");
  });

  it("negates a union as a whole, not its last member", () => {
    const union = any([isString, isBoolean]);
    expect(printCheck(not(union))).toBe('!(typeof value.a === "string" || typeof value.a === "boolean")');
    expect(run(not(union), { a: "x" })).toBe(false);
    expect(run(not(union), { a: true })).toBe(false);
    expect(run(not(union), { a: 1 })).toBe(true);
  });

  it("brackets an `||` inside an `&&`, and an `&&` inside an `||`", () => {
    const optionalWrong = all([present, not(any([isString, isBoolean]))]);
    expect(printCheck(optionalWrong)).toBe('rt.hasOwn(value, "a") && !(typeof value.a === "string" || typeof value.a === "boolean")');
    expect(printCheck(any([all([present, isString]), isNull]))).toBe('(rt.hasOwn(value, "a") && typeof value.a === "string") || value.a === null');
    expect(printCheck(all([any([isString, isNull]), present]))).toBe('(typeof value.a === "string" || value.a === null) && rt.hasOwn(value, "a")');
  });

  it("means what it says: an optional union field is wrong only when present with another type", () => {
    const wrong = all([present, not(any([isString, isInteger, isBoolean]))]);
    expect([{}, { a: "x" }, { a: 2 }, { a: false }].map((value) => run(wrong, value))).toEqual([false, false, false, false]);
    expect([{ a: 1.5 }, { a: null }, { a: undefined }].map((value) => run(wrong, value))).toEqual([true, true, true]);
  });

  it("prints an element predicate as a typed arrow", () => {
    const check = call("rt.isArrayOf", "value.a", { kind: "predicate", parameter: "item", type: "string | null", check: any([isNull, isString].map((c) => ({ ...c, subject: "item" }) as Check)) });
    expect(printCheck(check)).toBe('rt.isArrayOf(value.a, (item: unknown): item is string | null => item === null || typeof item === "string")');
  });
});

describe("building a check", () => {
  it("folds constants and double negations, and flattens nested operators", () => {
    expect(not(not(isString))).toBe(isString);
    expect(not(always)).toEqual(never);
    expect(all([always, isString])).toBe(isString);
    expect(all([isString, never])).toEqual(never);
    expect(any([never, isString])).toBe(isString);
    expect(any([isString, always])).toEqual(always);
    expect(any([any([isString, isNull]), isBoolean])).toEqual({ kind: "any", checks: [isString, isNull, isBoolean] });
    expect(all([])).toEqual(always);
    expect(any([])).toEqual(never);
  });
});
