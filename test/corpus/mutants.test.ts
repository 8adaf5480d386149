/**
 * The mutants of an example: for each required key it sets, one copy
 * without the key and one with a value of a kind the key's type rejects.
 */
import { describe, expect, it } from "vitest";
import type { Model, Shape } from "../../src/ir/types.js";
import { acceptedKinds, mutantsOf } from "./mutants.js";

const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

function model(id: string, shape: Shape): Model {
  return { id, name: id, file: `${id}.md`, folder: "", description: "", examples: [], shape, at };
}

const role = model("role", { kind: "enum", values: ["user", "assistant"], open: false });
const chunk = model("chunk", { kind: "union", members: [{ kind: "string" }, { kind: "ref", name: "Role", at, target: "role" }] });
const message = model("message", {
  kind: "object",
  fields: [
    { name: "id", type: { kind: "string" }, optional: false, description: "", examples: [], at },
    { name: "count", type: { kind: "integer" }, optional: false, description: "", examples: [], at },
    { name: "data", type: { kind: "unknown" }, optional: false, description: "", examples: [], at },
    { name: "note", type: { kind: "string" }, optional: true, description: "", examples: [], at },
    { name: "role", type: { kind: "ref", name: "Role", at, target: "role" }, optional: false, description: "", examples: [], at },
  ],
});
const models = new Map([role, chunk, message].map((m) => [m.id, m]));

describe("mutants of an object example", () => {
  const example = { id: "m1", count: 2, data: { any: "thing" }, note: "n", role: "user" };
  const mutants = mutantsOf(message, example, models);

  it("drop each required key the example sets, and give it a value of a wrong kind", () => {
    expect(mutants.map((m) => m.change)).toEqual([
      'without "id"',
      '"id" set to number',
      'without "count"',
      '"count" set to string',
      'without "data"',
      'without "role"',
      '"role" set to number',
    ]);
  });

  it("leave the other keys as they were", () => {
    expect(mutants[1]!.value).toEqual({ ...example, id: 12.5 });
    expect(mutants[0]!.value).toEqual({ count: 2, data: { any: "thing" }, note: "n", role: "user" });
  });

  it("do not touch optional keys or keys the example leaves out", () => {
    const { role: _role, ...withoutRole } = example;
    expect(mutantsOf(message, withoutRole, models).map((m) => m.change)).not.toContain('without "role"');
    expect(mutants.map((m) => m.change).join()).not.toContain("note");
  });
});

describe("mutants of other examples", () => {
  it("replace an enum's or a union's value by a value of a kind it does not accept", () => {
    expect(mutantsOf(role, "user", models)).toEqual([{ change: "the value replaced by a number", value: 12.5 }]);
    expect(mutantsOf(chunk, "text", models)).toEqual([{ change: "the value replaced by a number", value: 12.5 }]);
  });
});

describe("the kinds a type accepts", () => {
  it("follow references, unions and dates", () => {
    expect([...acceptedKinds({ kind: "ref", name: "Chunk", at, target: "chunk" }, models)]).toEqual(["string"]);
    expect([...acceptedKinds({ kind: "union", members: [{ kind: "null" }, { kind: "date", format: "date-time", representation: "Date" }] }, models)]).toEqual(["null", "date"]);
    expect(acceptedKinds({ kind: "unknown" }, models).size).toBe(9);
  });
});
