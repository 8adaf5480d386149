/**
 * Every construct of both SDK dialects, end to end: test/fixtures/constructs
 * (written for this test; py/ and ts/ mix the two dialects in one folder)
 * generates without diagnostics, type-checks strictly, types what consumers
 * write precisely, and its guards accept and reject values construct by
 * construct.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePackage, guardAt, type GeneratedPackage } from "../helpers/generated-package.js";
import { STRICT_FLAGS, tsc, typeCheckConsumer } from "../helpers/tsc.js";

let pkg: GeneratedPackage;
let root: Record<string, unknown>;

beforeAll(async () => {
  pkg = await generatePackage(join(import.meta.dirname, "../fixtures/constructs"), "constructs");
  root = await pkg.load();
}, 120_000);

afterAll(() => pkg?.remove());

const python = (guard: string) => guardAt(root, `py.models.${guard}`);
const typescript = (guard: string) => guardAt(root, `ts.models.components.${guard}`);

/** Values that need escaping wherever they are written. */
const AWKWARD = ['say "hi"', "back\\slash", "</script>", "__proto__"];

const blob = new Blob(["jam"]);
const stream = new ReadableStream<Uint8Array>();
async function* events() {
  yield "OPEN";
}

describe("the package", () => {
  it("generates without diagnostics, mixing both dialects in one folder", () => {
    expect(pkg.result.diagnostics).toEqual([]);
    expect(pkg.result.models).toBe(11);
  });

  it("type-checks strictly", () => {
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], pkg.dir);
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  });

  it("types consumers precisely: discriminated unions narrow, open enums take any string, dates are Dates", () => {
    const consumer = `
      import type { ts, py } from "../constructs/dist/index.js";
      type Chunk = ts.models.components.Chunk;
      type Document = ts.models.components.Document;
      export function textOf(chunk: Chunk): string {
        if (chunk.type === "text") return chunk.text;
        return chunk.imageUrl;
      }
      // @ts-expect-error only a text chunk has text: the union must be narrowed first
      export const unnarrowed = (chunk: Chunk) => chunk.text;
      export const known: ts.models.components.Role = "owner";
      export const added: ts.models.components.Role = "a role added later";
      export const created: Document["createdAt"] = new Date();
      // @ts-expect-error the TypeScript SDK hands out Date objects
      export const createdText: Document["createdAt"] = "2024-05-01";
      export const deleted: Document["deletedAt"] = null;
      // @ts-expect-error no example shows id as null
      export const noId: Document["id"] = null;
      export const mode: Document["mode"] = "slow";
      // @ts-expect-error a union of literals holds only them
      export const badMode: Document["mode"] = "medium";
      export const locked: py.models.Pantry["locked"] = false;
      // @ts-expect-error Literal[False] is false
      export const unlocked: py.models.Pantry["locked"] = true;
      export const label: py.models.Label = "</script>";
      // @ts-expect-error a closed enum holds only its values
      export const badLabel: py.models.Label = "script";
    `;
    const run = typeCheckConsumer(pkg.dir, consumer);
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  });
});

/** A valid value, more values that are valid too, and changes that each make it invalid. */
interface Case {
  valid: Record<string, unknown>;
  alsoValid: Record<string, (value: Record<string, unknown>) => unknown>;
  invalid: Record<string, (value: Record<string, unknown>) => unknown>;
}

const set = (key: string, replacement: unknown) => (value: Record<string, unknown>) => ({ ...value, [key]: replacement });
const drop = (key: string) => (value: Record<string, unknown>) => {
  const copy = { ...value };
  delete copy[key];
  return copy;
};

const pantry = {
  name: "Larder",
  kind: "pantry",
  locked: false,
  extra: { anything: [1, "two"] },
  weights: [{ jam: [1.5, 2] }],
  stocked: "2024-05-01",
  status: "OPEN",
  inventory: null,
};

const document = {
  id: "doc_1",
  createdAt: new Date("2024-05-01T12:00:00.000Z"),
  deletedAt: null,
  tags: [],
  chunks: [{ type: "text", text: "Hello" }],
  role: "owner",
  mode: "fast",
};

const cases: Record<string, { guard: (value: unknown) => boolean } & Case> = {
  "Pantry (Python dialect)": {
    get guard() {
      return python("isPantry");
    },
    valid: pantry,
    alsoValid: {
      "Any holding undefined": set("extra", undefined),
      "int": set("shelves", 4),
      "nested containers, empty": set("weights", []),
      "[date] holding a timestamp": set("stocked", "2024-05-01T12:00:00Z"),
      "datetime with an offset": set("audited", "2024-05-01T12:00:00.5+02:00"),
      "datetime holding a date, as newer docs link dates to the datetime docs": set("audited", "2024-05-01"),
      "open enum, a value added later": set("status", "ARCHIVED"),
      ...Object.fromEntries(AWKWARD.map((label) => [`closed enum value ${label}`, set("label", label)])),
      "OptionalNullable holding null": set("note", null),
      "Nullable[Any] holding a value": set("inventory", ["flour"]),
      "a key named __proto__ holding a string": (v) => ({ ...v, ...(JSON.parse('{"__proto__": "x"}') as object) }),
      "bytes": set("photo", new Uint8Array([1])),
      "a Blob": set("photo", blob),
      "a stream": set("photo", stream),
    },
    invalid: {
      "a Literal string of another value": set("kind", "cellar"),
      "Literal[False] holding true": set("locked", true),
      "int holding a fraction": set("shelves", 4.5),
      "Optional holding null": set("fill", null),
      "Any, required, missing": drop("extra"),
      "a wrong number deep in nested containers": set("weights", [{ jam: [1.5, "2"] }]),
      "a list where a map belongs": set("weights", [[1.5]]),
      "[date] holding prose": set("stocked", "May 1st"),
      "datetime holding prose": set("audited", "May 1st"),
      "datetime holding a day that does not exist": set("audited", "2024-02-30T12:00:00Z"),
      "open enum of another kind": set("status", 3),
      "closed enum, a value it does not list": set("label", "script"),
      "Nullable[Any], required, missing": drop("inventory"),
      "a key named __proto__ holding a number": (v) => ({ ...v, ...(JSON.parse('{"__proto__": 7}') as object) }),
      "binary holding text": set("photo", "jam"),
    },
  },
  "Document (TypeScript dialect)": {
    get guard() {
      return typescript("isDocument");
    },
    valid: document,
    alsoValid: {
      "a nullable Date holding a Date": set("deletedAt", new Date()),
      "number[][]": set("grid", [[1, 2], []]),
      "Record<string, any>": set("metadata", { a: 1, b: null }),
      "Record<string, any>[]": set("rows", [{}, { a: [] }]),
      "the other member of a discriminated union": set("chunks", [{ type: "image_url", imageUrl: "https://x" }]),
      "File | Blob": set("content", blob),
      "ReadableStream<Uint8Array>": set("body", stream),
      "open enum, a value added later": set("role", "guest"),
      "the other literal of a union": set("mode", "slow"),
      "a true literal": set("archived", true),
      "an escaped enum value": set("labels", "back\\slash"),
    },
    invalid: {
      "a Date as ISO text": set("createdAt", "2024-05-01T12:00:00.000Z"),
      "an Invalid Date": set("createdAt", new Date("1s")),
      "null where no example shows null": set("id", null),
      "number[] where number[][] belongs": set("grid", [1, 2]),
      "an array where a record belongs": set("metadata", []),
      "a discriminant with the other member's fields": set("chunks", [{ type: "image_url", text: "Hello" }]),
      "an unknown discriminant": set("chunks", [{ type: "video", text: "Hello" }]),
      "binary holding text": set("content", "jam"),
      "open enum of another kind": set("role", 1),
      "a literal outside the union": set("mode", "medium"),
      "a true literal holding false": set("archived", false),
      "an enum value its escaping changed": set("labels", "back\\\\slash"),
    },
  },
};

describe.each(Object.entries(cases))("%s", (_name, testCase) => {
  it("accepts the valid value", () => {
    expect(testCase.guard(testCase.valid)).toBe(true);
  });

  it.each(Object.entries(testCase.alsoValid))("accepts %s", (_change, change) => {
    expect(testCase.guard(change(testCase.valid))).toBe(true);
  });

  it.each(Object.entries(testCase.invalid))("rejects %s", (_change, change) => {
    expect(testCase.guard(change(testCase.valid))).toBe(false);
  });
});

describe("unions with streams and null", () => {
  it("accept a model, an event stream or null (Python dialect)", () => {
    const guard = python("isPantryEvents");
    expect([pantry, events(), null].map(guard)).toEqual([true, true, true]);
    expect([[], "OPEN", { ...pantry, kind: "cellar" }].map(guard)).toEqual([false, false, false]);
  });

  it("accept a model or an event stream (TypeScript dialect)", () => {
    const guard = typescript("isDocumentEvents");
    expect([document, events()].map(guard)).toEqual([true, true]);
    expect([null, [document]].map(guard)).toEqual([false, false]);
  });
});

describe("enum values that need escaping", () => {
  it("are exported exactly as the specs wrote them, in every enum form", () => {
    expect(root["labelValues"]).toEqual(AWKWARD);
    expect(root["escapedValues"]).toEqual(AWKWARD);
  });
});
