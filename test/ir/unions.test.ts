/**
 * Unions as the IR keeps them: no member twice, none another member contains,
 * so that `Union[int, float]` prints `number`, not `number | number`.
 */
import { describe, expect, it } from "vitest";
import { withDateHandling } from "../../src/ir/dates.js";
import type { Model, TypeNode } from "../../src/ir/types.js";
import { unionOf } from "../../src/ir/unions.js";

const string: TypeNode = { kind: "string" };
const number: TypeNode = { kind: "number" };
const integer: TypeNode = { kind: "integer" };
const nul: TypeNode = { kind: "null" };
const date = (format: "date-or-date-time" | "date-time", representation: "Date" | "string" = "string"): TypeNode => ({
  kind: "date",
  format,
  representation,
});

describe("unionOf", () => {
  it("drops an integer beside a number, in either order", () => {
    expect(unionOf([integer, number])).toEqual(number);
    expect(unionOf([number, nul, integer])).toEqual({ kind: "union", members: [number, nul] });
  });

  it("drops a date-time beside a date that may be a date-time, when both are represented alike", () => {
    expect(unionOf([date("date-time"), date("date-or-date-time")])).toEqual(date("date-or-date-time"));
    expect(unionOf([date("date-time", "Date"), date("date-or-date-time")])).toEqual({
      kind: "union",
      members: [date("date-time", "Date"), date("date-or-date-time")],
    });
  });

  it("keeps a string date beside a string until the dates' representation is settled", () => {
    expect(unionOf([date("date-time"), string])).toEqual({ kind: "union", members: [date("date-time"), string] });
    expect(unionOf([date("date-time"), string], true)).toEqual(string);
  });

  it("keeps literals beside their primitive: they say which values are known", () => {
    const auto: TypeNode = { kind: "literal", value: "auto" };
    expect(unionOf([auto, string])).toEqual({ kind: "union", members: [auto, string] });
  });
});

describe("withDateHandling", () => {
  const model = (type: TypeNode): Model =>
    ({
      name: "Thing",
      examples: [],
      shape: { kind: "object", fields: [{ name: "a", type, optional: false, description: "", examples: [], at: { line: 1, column: 1 } }] },
    }) as unknown as Model;
  const typeOf = (models: Model[]) => (models[0]!.shape as { fields: { type: TypeNode }[] }).fields[0]!.type;
  const union: TypeNode = { kind: "union", members: [date("date-or-date-time"), string] };

  it("settles `Union[date, str]` to a string when dates are strings", () => {
    expect(typeOf(withDateHandling([model(union)], "as-written"))).toEqual(string);
    expect(typeOf(withDateHandling([model(union)], "string"))).toEqual(string);
  });

  it("keeps both members when dates are Date objects", () => {
    expect(typeOf(withDateHandling([model(union)], "Date"))).toEqual({
      kind: "union",
      members: [date("date-or-date-time", "Date"), string],
    });
  });
});
