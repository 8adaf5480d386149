/**
 * Relinking a model from a record: each reference gets the target that the
 * reference written the same way resolved to, wherever it now stands.
 */
import { describe, expect, it } from "vitest";
import type { Model, ObjectShape, RefType, TypeNode } from "../../src/ir/types.js";
import { forEachReference, mapLeaves, relinkModel, targetsByReference } from "../../src/ir/walk.js";

const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const ref = (name: string, target?: string): RefType => ({ kind: "ref", name, link: `${name.toLowerCase()}.md`, at, ...(target && { target }) });
const field = (name: string, type: TypeNode) => ({ name, type, optional: false, description: "", examples: [], at });
const model = (...fields: ReturnType<typeof field>[]): Model =>
  ({ id: "m.md", name: "M", file: "m.md", folder: "", shape: { kind: "object", fields }, description: "", examples: [], at }) as unknown as Model;
const targets = (m: Model) => {
  const found: Array<[string, string | undefined]> = [];
  forEachReference(m, (r, f) => found.push([f!, r.target]));
  return found;
};

describe("relinkModel", () => {
  const resolved = model(field("owner", ref("User", "users/user.md")), field("pets", { kind: "array", items: ref("Pet", "pets/pet.md") }));

  it("links references by how they are written, not where they stand", () => {
    const reordered = model(field("pets", { kind: "array", items: ref("Pet") }), field("owner", ref("User")), field("friend", ref("User")));
    expect(targets(relinkModel(reordered, targetsByReference(resolved))!)).toEqual([
      ["pets", "pets/pet.md"],
      ["owner", "users/user.md"],
      ["friend", "users/user.md"],
    ]);
  });

  it("gives nothing for a model with a reference the record does not know", () => {
    expect(relinkModel(model(field("owner", ref("Admin"))), targetsByReference(resolved))).toBeUndefined();
  });
});

describe("mapLeaves", () => {
  const owner = field("owner", ref("User"));
  const pets = field("pets", { kind: "array", items: { kind: "union", members: [ref("Pet"), { kind: "string" }] } });
  const m = model(owner, pets);

  it("gives the model itself back when no leaf changes: a run holds every model, and copies would double them", () => {
    expect(mapLeaves(m, (type) => type)).toBe(m);
    expect(mapLeaves(m, (type) => type, true)).toBe(m);
  });

  it("copies only the path to a changed leaf, and shares the rest", () => {
    const mapped = mapLeaves(m, (type) => (type.kind === "string" ? { kind: "number" } : type));
    expect(mapped).not.toBe(m);
    const [mappedOwner, mappedPets] = (mapped.shape as ObjectShape).fields;
    expect(mappedOwner).toBe(owner);
    expect(mappedPets).not.toBe(pets);
    expect(mappedPets!.type).toEqual({ kind: "array", items: { kind: "union", members: [ref("Pet"), { kind: "number" }] } });
  });
});
