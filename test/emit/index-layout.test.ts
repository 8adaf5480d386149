/**
 * Index modules are written in the layout prettier gives them, not formatted
 * (index-modules.ts): prettier must leave every one as it is.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatTypeScript } from "../../src/emit/format.js";
import { indexModules, namedList } from "../../src/emit/index-modules.js";
import { planPackage } from "../../src/emit/plan.js";
import { generatePackage, type GeneratedPackage } from "../helpers/generated-package.js";

// Identifiers as model names make them: letters of any script (CJK ones are two columns wide), digits, `_`, `$`, joiners.
const start = fc.constantFrom("A", "M", "z", "_", "$", "É", "漢", "Ω");
const rest = fc.constantFrom("a", "B", "7", "_", "$", "é", "字", "\u200c", "\u200d");
const typeName = fc.tuple(start, fc.array(rest, { maxLength: 36 })).map(([first, more]) => first + more.join(""));

/** The names a model's line exports: its type, and some of its functions. */
const modelNames = fc
  .tuple(typeName, fc.subarray(["is", "validate", "assert"]), fc.boolean())
  .map(([type, prefixes, values]) => [`type ${type}`, ...prefixes.map((prefix) => prefix + type), ...(values ? [`${type}Values`] : [])]);

const segment = fc.stringMatching(/^[a-z0-9_-]{1,24}$/u);
const specifier = fc
  .tuple(fc.constantFrom("./", "../", "../../"), fc.array(segment, { minLength: 1, maxLength: 3 }))
  .map(([up, segments]) => `${up}${segments.join("/")}.js`);

describe("import and export lists", () => {
  it("are as prettier lays them out, on one line or one name a line", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<"import" | "export">("import", "export"), modelNames, specifier, async (keyword, names, from) => {
        const text = `${namedList(keyword, names, from)}\n`;
        expect(await formatTypeScript(text)).toBe(text);
      }),
      { numRuns: 400 },
    );
  });

  it("break where the line is wider than 100 columns, counting wide letters twice", () => {
    const fits = namedList("export", ["type A", "isA"], `./${"a".repeat(64)}.js`);
    expect(fits.length).toBe(100);
    expect(fits).not.toContain("\n");
    expect(namedList("export", ["type A", "isA"], `./${"a".repeat(65)}.js`)).toBe(`export {\n  type A,\n  isA,\n} from "./${"a".repeat(65)}.js";`);
    expect(namedList("export", ["type 漢", "is漢"], `./${"a".repeat(64)}.js`)).toContain("\n");
  });

  it("keep a single name on one line however long", () => {
    const line = namedList("export", [`type ${"A".repeat(120)}`], "./a.js");
    expect(line).toBe(`export { type ${"A".repeat(120)} } from "./a.js";`);
  });
});

describe("the index module of a package without models", () => {
  it("is empty, as prettier leaves an empty module", async () => {
    const { plan } = planPackage({ models: [], recursive: new Set() });
    const root = indexModules(plan).get("index")!;
    expect(root).toBe("");
    expect(await formatTypeScript(root)).toBe(root);
  });
});

describe("the index modules of a generated package", () => {
  let pkg: GeneratedPackage;
  beforeAll(async () => {
    pkg = await generatePackage(join(import.meta.dirname, "../../specs"));
  });
  afterAll(() => pkg?.remove());

  it("are left as they are by prettier", async () => {
    const indexes = readdirSync(join(pkg.dir, "src"), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith("index.ts"));
    expect(indexes.length).toBeGreaterThan(4);
    for (const file of indexes) {
      const text = readFileSync(join(pkg.dir, "src", file), "utf8");
      expect(await formatTypeScript(text), file).toBe(text);
    }
  });
});
