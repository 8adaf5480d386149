/**
 * A model's outline is all that other modules read of it: an edit that leaves
 * it unchanged remakes the edited spec's module alone, and one that changes
 * it makes the run go the whole way. What a referring module is given of a
 * model is made from the outline, so the two cannot disagree.
 */
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/base/hash.js";
import { descriptionHeadings, outlineOf, outlinesKey, referenceModel } from "../../src/ir/outline.js";
import type { Field, Model, RefType, TypeNode } from "../../src/ir/types.js";

const at = { start: { line: 3, column: 1 }, end: { line: 3, column: 9 } };
const ref = (name: string): RefType => ({ kind: "ref", name, link: `${name.toLowerCase()}.md`, at });
const field = (name: string, type: TypeNode, description = ""): Field => ({ name, type, optional: false, description, examples: [], at });
const model = (fields: Field[], extra: Partial<Model> = {}): Model => ({
  id: "orders/order",
  name: "Order",
  file: "orders/order.md",
  folder: "orders",
  description: "An order.",
  examples: [],
  shape: { kind: "object", fields },
  at,
  ...extra,
});

const order = model([field("id", { kind: "string" }, "The id."), field("lines", { kind: "array", items: ref("Line") })]);

describe("outlinesKey", () => {
  it("is unchanged by what only the model's own module reads: descriptions, examples, fields without references, positions", () => {
    const edited = model(
      [field("id", { kind: "integer" }, "Another text."), field("note", { kind: "string" }), field("lines", { kind: "array", items: ref("Line") })],
      { description: "Changed.", examples: ["{}"], at: { start: { line: 9, column: 2 }, end: { line: 9, column: 4 } } },
    );
    expect(outlinesKey([edited])).toBe(outlinesKey([order]));
  });

  it("changes with the names, the kind, the references and the containers around them, and example paths", () => {
    const variants: Model[] = [
      { ...order, name: "Purchase" },
      { ...order, anchor: "#order" },
      { ...order, shape: { kind: "union", members: [ref("Line")] } },
      model([field("lines", ref("Line"))]),
      model([field("items", { kind: "array", items: ref("Line") })]),
      model([field("lines", { kind: "array", items: ref("Item") })]),
      model([field("lines", { kind: "array", items: ref("Line") })], { exampleNulls: [["lines", 0, "note"]] }),
    ];
    const keys = new Set([order, ...variants].map((m) => outlinesKey([m])));
    expect(keys.size).toBe(variants.length + 1);
  });

  it("leaves nullability out: examples make fields nullable, and that is no edit of the model", () => {
    const nullable = model([field("id", { kind: "string" }), field("lines", { kind: "union", members: [{ kind: "array", items: ref("Line") }, { kind: "null" }] })]);
    expect(outlinesKey([nullable])).toBe(outlinesKey([order]));
  });

  it("does not depend on the order of a spec's models or of the keys of the objects in it", () => {
    const second = { ...order, id: "orders/order#line", anchor: "#line", name: "Line" };
    const reordered = Object.fromEntries(Object.entries(order).reverse()) as unknown as Model;
    expect(outlinesKey([second, reordered])).toBe(outlinesKey([order, second]));
  });
});

describe("referenceModel", () => {
  it("gives a referring module the outline's names, place and kind, and nothing of the model's content", () => {
    const seen = referenceModel(outlineOf({ ...order, anchor: "#order" }));
    expect(seen).toMatchObject({ id: order.id, name: "Order", file: order.file, folder: "orders", anchor: "#order", shape: { kind: "object", fields: [] } });
    expect(seen.description).toBe("");
    expect(seen.examples).toEqual([]);
  });

  it("is the same for two models with the same outline", () => {
    const other = model([field("lines", { kind: "array", items: ref("Line") }, "Other text.")], { description: "Else." });
    expect(outlinesKey([other])).toBe(outlinesKey([order]));
    expect(canonicalJson(referenceModel(outlineOf(other)))).toBe(canonicalJson(referenceModel(outlineOf(order))));
  });
});

describe("a description's headings", () => {
  it("are the text of its ATX headings, but in fenced code, without their closing #s", () => {
    const description = ["Intro.", "", "### Status ##", "", "```md", "# Not a heading", "```", "", "#NoSpace", "##", "  ## Kind #", "~~~", "## Fenced", "~~~", "#### A # in it"].join("\n");
    expect(descriptionHeadings(description)).toEqual(["Status", "", "Kind", "A # in it"]);
  });
});
