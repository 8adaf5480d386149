/**
 * Every type form of the dialects, as a required and as an optional field,
 * against values of every kind: each generated guard and validator judges
 * each value as the independent reading of the IR does
 * (test/helpers/reference-guard.ts). Unions of primitives come in every
 * order, since the order decides how their checks are printed.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/run/generate.js";
import type { Model } from "../../src/ir/types.js";
import { buildModels, parseSpecs } from "../../src/run/stages.js";
import { ReferenceGuard } from "../helpers/reference-guard.js";
import { fieldsSpec, specFolder, valuesSpec, type SpecFolder } from "../helpers/spec-folder.js";

/** Every ordering of `k` of the items. */
function orderings<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((item, i) => orderings([...items.slice(0, i), ...items.slice(i + 1)], k - 1).map((rest) => [item, ...rest]));
}

const PYTHON_PRIMITIVES = ["str", "int", "float", "bool"];
const TS_PRIMITIVES = ["*string*", "*number*", "*boolean*"];

const PYTHON_FORMS = [
  ...PYTHON_PRIMITIVES.map((p) => `*${p}*`),
  "*Any*",
  "[date](https://docs.python.org/3/library/datetime.html#date-objects)",
  "*datetime*",
  "*bytes*",
  '*Literal["a"]*',
  "*Literal[True]*",
  "*List[str]*",
  "*List[Any]*",
  "*Dict[str, int]*",
  "*Dict[str, Any]*",
  "*List[Dict[str, List[int]]]*",
  ...orderings(PYTHON_PRIMITIVES, 2).map((members) => `*Union[${members.join(", ")}]*`),
  ...orderings(PYTHON_PRIMITIVES, 3).map((members) => `*Union[${members.join(", ")}]*`),
  ...["Optional", "Nullable", "OptionalNullable"].flatMap((wrapper) => [`*${wrapper}[str]*`, `*${wrapper}[Union[str, bool]]*`, `*${wrapper}[Union[bool, int, str]]*`]),
  "*Union[str, None]*",
  '*Union[Literal["a"], int]*',
  "*List[Union[str, bool]]*",
  "*Dict[str, Union[bool, float]]*",
  "*Union[List[str], bool]*",
  "[models.Thing](thing.md)",
  "[models.Color](color.md)",
  "[models.Mood](mood.md)",
  "*Union[models.Thing, str]*",
  "*Union[bool, models.Color]*",
  "*List[models.Thing]*",
  "*Optional[models.Mood]*",
];

const TS_FORMS = [
  ...TS_PRIMITIVES,
  "*any*",
  '*"a"*',
  "*string*[]",
  "Record<string, *number*>",
  ...orderings(TS_PRIMITIVES, 2).map((members) => members.join(" \\| ")),
  ...orderings(TS_PRIMITIVES, 3).map((members) => members.join(" \\| ")),
  "*string*[] \\| *boolean*",
  "[components.Thing](thing.md) \\| *string*",
];

/** Values of every kind, and near misses: NaN, a fraction, an empty string, a day that does not exist. */
const VALUES: unknown[] = [
  "x",
  "",
  "a",
  0,
  7,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
  undefined,
  [],
  ["a", "b"],
  [1, true],
  [{ "k": [1] }],
  {},
  { k: 1 },
  { k: "v", l: false },
  { name: "n" },
  "2024-05-01",
  "2024-02-30",
  "2024-05-01T12:00:00Z",
  new Uint8Array(2),
  new Date(0),
  "red",
  "calm",
];

interface Case {
  model: string;
  dialect: string;
  type: string;
  required: boolean;
}

let folder: SpecFolder;
let root: Record<string, (value: unknown) => unknown>;
let reference: ReferenceGuard;
let byName: Map<string, Model>;
const cases: Case[] = [];

beforeAll(async () => {
  const files: Record<string, string> = {
    "py/thing.md": fieldsSpec("Thing", [["name", "*str*", true]]),
    "py/color.md": valuesSpec("Color", ["red", "green"]),
    "py/mood.md": `${valuesSpec("Mood", ["calm"])}\nThis is an open enum.\n`,
    "ts/thing.md": fieldsSpec("Thing", [["name", "*string*", true]]),
  };
  for (const [dialect, forms] of [["py", PYTHON_FORMS], ["ts", TS_FORMS]] as const) {
    for (const [i, type] of forms.entries()) {
      for (const required of [true, false]) {
        const model = `${dialect === "py" ? "Py" : "Ts"}Form${i}${required ? "Required" : "Optional"}`;
        files[`${dialect}/${model.toLowerCase()}.md`] = fieldsSpec(model, [["f", type, required]]);
        cases.push({ model, dialect, type, required });
      }
    }
  }
  folder = specFolder(files);
  const out = join(folder.root, "out");
  const result = await generate({ specs: folder.specs, out, name: "out", prettier: false });
  expect(result.diagnostics).toEqual([]);
  const loaded = (await import(pathToFileURL(join(out, "dist/index.js")).href)) as Record<string, Record<string, (value: unknown) => unknown>>;
  root = { ...loaded["py"], ...loaded["ts"] };
  const specFiles = Object.entries(files).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }));
  const { resolved } = buildModels(parseSpecs(specFiles).documents);
  reference = new ReferenceGuard(resolved.models);
  byName = new Map(resolved.models.map((model) => [model.name, model]));
}, 180_000);

afterAll(() => folder?.remove());

describe("each type form, required and optional, against values of every kind", () => {
  it("covers the forms: unions of two and three primitives in every order, in both dialects", () => {
    expect(cases.filter((c) => c.dialect === "py" && c.type.startsWith("*Union[")).length).toBeGreaterThanOrEqual(2 * (12 + 24));
    expect(cases.filter((c) => c.dialect === "ts" && c.type.includes("\\|")).length).toBeGreaterThanOrEqual(2 * (6 + 6));
  });

  it("has guards that agree with the reference reading on every value, present or absent", () => {
    const disagreements: string[] = [];
    for (const { model, type, required } of cases) {
      const id = byName.get(model)!.id;
      const guard = root[`is${model}`]!;
      for (const value of [...VALUES.map((v) => ({ f: v })), {}]) {
        const expected = reference.accepts(id, value);
        if (guard(value) !== expected) disagreements.push(`${type} (${required ? "required" : "optional"}) on ${show(value)}: guard ${!expected}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("has validators that find no issue exactly when the guard accepts", () => {
    const disagreements: string[] = [];
    for (const { model, type, required } of cases) {
      for (const value of [...VALUES.map((v) => ({ f: v })), {}]) {
        const accepted = root[`is${model}`]!(value) as boolean;
        const issues = root[`validate${model}`]!(value) as unknown[];
        if ((issues.length === 0) !== accepted) disagreements.push(`${type} (${required ? "required" : "optional"}) on ${show(value)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

function show(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (v === undefined ? "undefined" : typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
  } catch {
    return String(value);
  }
}
