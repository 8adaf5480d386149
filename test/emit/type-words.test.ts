/**
 * One wording of types for a validator's issues and the docs: the docs say
 * of a field exactly what a validator says when a value misses it, with
 * markdown's escapes and links where the docs need them.
 */
import { describe, expect, it } from "vitest";
import type { TypeNode } from "../../src/ir/types.js";
import { PLAIN, typeWords } from "../../src/emit/type-words.js";

const ref: TypeNode = { kind: "ref", name: "User", target: "models/user.md", at: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
const plain = { ...PLAIN, ref: () => "User" };
const markdown = { ref: () => "[User](user.md)", literal: (json: string) => json.replace(/\|/gu, "\\|"), or: " \\| ", generic: (name: string, args: string) => `${name}&lt;${args}&gt;` };

describe("typeWords", () => {
  it.each<[TypeNode, string]>([
    [{ kind: "integer" }, "integer"],
    [{ kind: "number" }, "number"],
    [{ kind: "date", format: "date-time", representation: "string" }, "date-time string (ISO 8601)"],
    [{ kind: "date", format: "date-or-date-time", representation: "string" }, "date or date-time string (ISO 8601)"],
    [{ kind: "date", format: "date-time", representation: "Date" }, "Date"],
    [{ kind: "array", items: { kind: "union", members: [{ kind: "string" }, { kind: "null" }] } }, "(string | null)[]"],
    [{ kind: "map", values: ref }, "Record<string, User>"],
    [{ kind: "stream", events: ref }, "AsyncIterable<User>"],
    [{ kind: "binary" }, "Uint8Array | Blob | ReadableStream"],
    [{ kind: "union", members: [{ kind: "literal", value: "a|b" }, ref] }, '"a|b" | User'],
  ])("says %j as %s in an issue", (type, words) => {
    expect(typeWords(type, plain)).toBe(words);
  });

  it("says the same in the docs, escaped for a table cell and with models linked", () => {
    const type: TypeNode = { kind: "union", members: [{ kind: "literal", value: "a|b" }, { kind: "map", values: ref }, { kind: "date", format: "date-time", representation: "string" }] };
    expect(typeWords(type, markdown)).toBe('"a\\|b" \\| Record&lt;string, [User](user.md)&gt; \\| date-time string (ISO 8601)');
  });
});
