/**
 * Relinking a model from a record: each reference gets the target that the
 * reference written the same way resolved to, wherever it now stands.
 */
import { describe, expect, it } from "vitest";
import type { Model, RefType, TypeNode } from "../../src/ir/types.js";
import { forEachReference, relinkModel, targetsByReference } from "../../src/ir/walk.js";

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
