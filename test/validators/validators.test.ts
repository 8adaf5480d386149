/**
 * validateX and assertX, generated into a package and loaded as a consumer
 * loads it: on every value, a validator finds no issue exactly when isX
 * accepts it, each issue points (RFC 6901) at the place that is wrong, and
 * assertX throws a TypeError listing the issues exactly when isX rejects.
 */
import fc from "fast-check";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels, parseSpecs } from "../../src/run/stages.js";
import type { Model } from "../../src/ir/types.js";
import { readSpecFiles } from "../../src/read/specs-folder.js";
import { modelArbitraries } from "../helpers/arbitraries.js";
import { generatePackage, type GeneratedPackage } from "../helpers/generated-package.js";

const specs = join(import.meta.dirname, "../fixtures/everyday");

interface Issue {
  path: string;
  expected: string;
  received: string;
}
type Guard = (value: unknown) => boolean;
type Validate = (value: unknown, path?: string) => Issue[];
type Assert = (value: unknown) => void;

let pkg: GeneratedPackage;
let root: Record<string, unknown>;
let models: Model[];

beforeAll(async () => {
  pkg = await generatePackage(specs, "everyday");
  expect(pkg.result.diagnostics).toEqual([]);
  root = await pkg.load();
  models = buildModels(parseSpecs(readSpecFiles(specs)).documents).resolved.models;
}, 120_000);

afterAll(() => pkg?.remove());

const fns = (name: string) => ({
  is: root[`is${name}`] as Guard,
  validate: root[`validate${name}`] as Validate,
  assert: root[`assert${name}`] as Assert,
});

/** The value a JSON pointer leads to, or `absent` when its last key is missing; throws if the path runs through nothing. */
function resolvePointer(value: unknown, pointer: string): unknown {
  if (pointer === "") return value;
  const keys = pointer.slice(1).split("/").map((k) => k.replace(/~1/gu, "/").replace(/~0/gu, "~"));
  let current = value;
  for (const [i, key] of keys.entries()) {
    if (typeof current !== "object" || current === null || !Object.prototype.hasOwnProperty.call(current, key)) {
      if (i === keys.length - 1) return "absent";
      throw new Error(`pointer ${pointer} runs through a missing key ${key}`);
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

describe("validators agree with guards", () => {
  it("on generated values of every model, valid and invalid", () => {
    const arbitraries = modelArbitraries(models);
    for (const model of models) {
      const { is, validate, assert } = fns(model.name);
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(arbitraries.get(model.id)!, (value) => {
          const issues = validate(value);
          const valid = is(value);
          expect(issues.length === 0).toBe(valid);
          if (valid) accepted++;
          else rejected++;
          for (const issue of issues) {
            expect(issue.path === "" || issue.path.startsWith("/")).toBe(true);
            const at = resolvePointer(value, issue.path);
            if (issue.received.startsWith("nothing")) expect(at).toBe("absent");
            expect(typeof issue.expected).toBe("string");
          }
          let thrown: unknown;
          try {
            assert(value);
          } catch (error) {
            thrown = error;
          }
          expect(thrown === undefined).toBe(valid);
          if (thrown !== undefined) {
            expect(thrown).toBeInstanceOf(TypeError);
            expect((thrown as { issues: Issue[] }).issues).toEqual(issues);
          }
        }),
        { numRuns: 400, seed: 6 },
      );
      // The arbitraries are only useful if they reach both verdicts for every model.
      expect(accepted, `${model.name}: accepted`).toBeGreaterThan(10);
      expect(rejected, `${model.name}: rejected`).toBeGreaterThan(10);
    }
  });

  it("on arbitrary values that follow no spec at all", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withObjectString: true }), (value) => {
        for (const model of models) {
          const { is, validate } = fns(model.name);
          expect(validate(value).length === 0).toBe(is(value));
        }
      }),
      { numRuns: 300, seed: 6 },
    );
  });
});

describe("validation issues", () => {
  const valid = { id: 1, ratio: 0.5, anything: null, fixed: "fixed", status: "active" };

  it("are empty for a valid value, and the assertion passes", () => {
    expect(fns("Kinds").validate(valid)).toEqual([]);
    expect(() => fns("Kinds").assert(valid)).not.toThrow();
  });

  it("list every problem with its JSON pointer, expected type and received value", () => {
    const value = {
      ratio: "half",
      anything: undefined,
      fixed: "fixed",
      status: "open",
      shapes: [{ kind: "circle", radius: 1 }, { kind: "circle" }, 7],
      lookup: { "a/b": [1, "x", null] },
      matrix: [[1, 2], [3, 4.5]],
    };
    expect(fns("Kinds").validate(value)).toEqual([
      { path: "/id", expected: "integer", received: "nothing (the key is missing)" },
      { path: "/ratio", expected: "number", received: 'string "half"' },
      { path: "/status", expected: '"active" | "paused" | "closed"', received: 'string "open"' },
      { path: "/matrix/1/1", expected: "integer", received: "number 4.5" },
      { path: "/lookup/a~1b/1", expected: "number | null", received: 'string "x"' },
      { path: "/shapes/1/radius", expected: "number", received: "nothing (the key is missing)" },
      { path: "/shapes/2", expected: "Circle | string", received: "number 7" },
    ]);
  });

  it("start at the path a caller gives, for values inside a larger document", () => {
    expect(fns("Circle").validate({ kind: "square", radius: 1 }, "/shapes/0")).toEqual([
      { path: "/shapes/0/kind", expected: '"circle"', received: 'string "square"' },
    ]);
  });

  it("escape ~ and / in keys as RFC 6901 asks", () => {
    expect(fns("Node").validate({ name: "n", "a/b~c": "1" })).toEqual([
      { path: "/a~1b~0c", expected: "integer", received: 'string "1"' },
    ]);
  });

  it("report the fields of a nullable model rather than the union, when the value is an object", () => {
    expect(fns("Node").validate({ name: "n", parent: { name: 3 } })).toEqual([
      { path: "/parent/name", expected: "string", received: "number 3" },
    ]);
  });

  it("reach through recursive models", () => {
    const tree = { name: "root", children: [{ name: "a", next: { target: { name: "b", children: [{ name: 1 }] }, weight: 1 } }] };
    expect(fns("Node").validate(tree)).toEqual([
      { path: "/children/0/next/target/children/0/name", expected: "string", received: "number 1" },
    ]);
  });

  it("come in a TypeError that lists them, thrown by the assertion", () => {
    const assertKinds = fns("Kinds").assert;
    expect(() => assertKinds({ ...valid, id: "7" })).toThrow(TypeError);
    expect(() => assertKinds({ ...valid, id: "7" })).toThrow(/value is not of type Kinds \(1 problem\):\n {2}\/id: expected integer, received string "7"/u);
  });

  it("describe hostile strings without letting control characters through", () => {
    const [found] = fns("Circle").validate({ kind: "\u001b[31mred\u001b[0m", radius: 1 });
    expect(found?.received).toBe('string "\\u001b[31mred\\u001b[0m"');
  });
});

describe("hostile values", () => {
  let node: ReturnType<typeof fns>;
  let kinds: ReturnType<typeof fns>;
  beforeAll(() => {
    node = fns("Node");
    kinds = fns("Kinds");
  });
  const valid = { id: 1, ratio: 0.5, anything: null, fixed: "fixed", status: "active" };

  it("objects without a prototype are checked like plain ones", () => {
    const bare = Object.assign(Object.create(null) as object, valid);
    expect(kinds.is(bare)).toBe(true);
    expect(kinds.validate(bare)).toEqual([]);
    const broken = Object.assign(Object.create(null) as object, { ...valid, ratio: null });
    expect(kinds.is(broken)).toBe(false);
    expect(kinds.validate(broken)).toEqual([{ path: "/ratio", expected: "number", received: "null" }]);
  });

  it("an own __proto__ key is a property like any other; an inherited one is not there", () => {
    const own = JSON.parse(JSON.stringify(valid).replace("{", '{"__proto__": 5,')) as object;
    expect(Object.prototype.hasOwnProperty.call(own, "__proto__")).toBe(true);
    expect(kinds.is(own)).toBe(false);
    expect(kinds.validate(own)).toEqual([{ path: "/__proto__", expected: "string", received: "number 5" }]);
    const ownString = JSON.parse(JSON.stringify(valid).replace("{", '{"__proto__": "x",')) as object;
    expect(kinds.is(ownString)).toBe(true);
    expect(kinds.validate(ownString)).toEqual([]);
    const inherited = Object.create({ id: 1 }) as object;
    expect(kinds.validate(inherited).map((i) => i.path)).toContain("/id");
  });

  it("cyclic values of recursive models end, with the guard's verdict", () => {
    const cycle: Record<string, unknown> = { name: "a" };
    cycle["children"] = [cycle];
    cycle["parent"] = cycle;
    cycle["next"] = { target: cycle, weight: 1 };
    expect(node.is(cycle)).toBe(true);
    expect(node.validate(cycle)).toEqual([]);
    const badCycle: Record<string, unknown> = { name: "a", "a/b~c": 1.5 };
    badCycle["children"] = [{ name: "b", parent: badCycle }];
    expect(node.is(badCycle)).toBe(false);
    expect(node.validate(badCycle)).toEqual([{ path: "/a~1b~0c", expected: "integer", received: "number 1.5" }]);
  });

  it("generated cyclic values: every node sometimes points back to an ancestor", () => {
    const arb = modelArbitraries(models, { json: true }).get("models/node")!;
    const verdicts = new Set<boolean>();
    fc.assert(
      // The value is copied first: fast-check hands the same objects to later runs while it shrinks.
      fc.property(arb.map((v) => structuredClone(v)), fc.nat(3), (value, back) => {
        // First the tree as generated, then the back-references, so the walk never meets a cycle.
        const found: Array<{ object: object; ancestors: object[] }> = [];
        const visited = new Set<object>();
        const walk = (v: unknown, ancestors: object[]) => {
          if (typeof v !== "object" || v === null || v instanceof Date || visited.has(v)) return;
          visited.add(v);
          found.push({ object: v, ancestors });
          for (const key of Object.keys(v)) walk((v as Record<string, unknown>)[key], [...ancestors, v]);
        };
        walk(value, []);
        for (const { object, ancestors } of found) {
          if (ancestors.length > back) (object as Record<string, unknown>)["parent"] = ancestors[ancestors.length - 1 - back];
        }
        const verdict = node.is(value);
        expect(node.validate(value).length === 0).toBe(verdict);
        if (found.length > back + 1) verdicts.add(verdict);
      }),
      { numRuns: 300, seed: 6 },
    );
    // Both verdicts are reached on values that really are cyclic.
    expect([...verdicts].sort()).toEqual([false, true]);
  });

  it("a getter or proxy that throws is an issue, as the guard rejects it", () => {
    const throwing = { ...valid };
    Object.defineProperty(throwing, "ratio", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(kinds.is(throwing)).toBe(false);
    expect(kinds.validate(throwing)).toEqual([{ path: "", expected: "Kinds", received: "a value that throws when read" }]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(kinds.is(proxy)).toBe(false);
    expect(kinds.validate(proxy)).toHaveLength(1);
    expect(node.is({ name: "n", children: [proxy] })).toBe(false);
    expect(node.validate({ name: "n", children: [proxy] })).toEqual([
      { path: "/children/0", expected: "Node", received: "a value that throws when read" },
    ]);
  });
});

describe("Date objects and date strings", () => {
  it("a TypeScript Date field takes a valid Date object, not a string or an invalid Date", () => {
    const event = fns("Event");
    expect(event.validate({ at: new Date(0) })).toEqual([]);
    expect(event.validate({ at: "1970-01-01T00:00:00Z" })).toEqual([
      { path: "/at", expected: "Date", received: 'string "1970-01-01T00:00:00Z"' },
    ]);
    expect(event.validate({ at: new Date(Number.NaN) })).toEqual([{ path: "/at", expected: "Date", received: "invalid Date" }]);
  });
});

describe("packages with some outputs only", () => {
  it.each([
    [["types"], {}],
    [["types", "validators"], {}],
    [["types", "guards", "validators", "json-schema"], { naming: { guard: "check", validate: "problemsOf", assert: "ensure" } }],
  ] as const)("%j %j type-check strictly and export what was asked for", async (outputs, extra) => {
    const { tsc, STRICT_FLAGS } = await import("../helpers/tsc.js");
    const partial = await generatePackage(specs, "partial", { outputs, ...extra, format: false });
    try {
      expect(partial.result.ok).toBe(true);
      const build = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], partial.dir);
      expect(build.output).toBe("");
      expect(build.status).toBe(0);
      const loaded = await partial.load();
      const naming = { guard: "is", validate: "validate", assert: "assert", ...("naming" in extra ? extra.naming : {}) };
      const functions = Object.keys(loaded).filter((name) => typeof loaded[name] === "function").sort();
      const expected = ["Circle", "Event", "Kinds", "Level", "Link", "Node", "Shape", "Status"].flatMap((model) => [
        ...(outputs.includes("guards" as never) ? [`${naming.guard}${model}`] : []),
        ...(outputs.includes("validators" as never) ? [`${naming.validate}${model}`, `${naming.assert}${model}`] : []),
      ]);
      expect(functions).toEqual(expected.sort());
    } finally {
      partial.remove();
    }
  });
});
