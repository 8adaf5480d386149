/**
 * Large and oddly encoded specs, end to end: each is either generated into a
 * package that works, or refused with a diagnostic — never a crash, a stack
 * overflow or a hang. (How long they take belongs to benchmarks, not here.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { generate } from "../../src/run/generate.js";
import type { Model } from "../../src/ir/types.js";
import { resolveModels } from "../../src/resolve/resolve.js";
import { MANIFEST_FILE } from "../../src/write/manifest.js";
import { folderSnapshot } from "../helpers/folder-snapshot.js";
import { fieldsSpec, specFolder, type SpecFolder } from "../helpers/spec-folder.js";
import { STRICT_FLAGS, tsc } from "../helpers/tsc.js";

let folder: SpecFolder | undefined;
afterEach(() => folder?.remove());

async function build(files: Record<string, string | Uint8Array>, options: { format?: boolean; out?: string } = {}) {
  folder = specFolder(files);
  const out = join(folder.root, options.out ?? "out");
  const result = await generate({ specs: folder.specs, out, packageName: "out", format: options.format ?? false });
  const load = async () => (await import(pathToFileURL(join(out, "dist/index.js")).href)) as Record<string, (value: unknown) => boolean>;
  return { result, out, load };
}

describe("a 5,000-row fields table", () => {
  it("becomes one interface whose guard checks every field", async () => {
    const rows = Array.from({ length: 5000 }, (_, i): [string, string, boolean, string] => [`field_${i}`, i % 2 ? "*int*" : "*Optional[str]*", i % 2 === 1, `The *${i}th* field.`]);
    const { result, load } = await build({ "wide.md": fieldsSpec("Wide", rows) });
    expect(result.diagnostics).toEqual([]);
    const { isWide } = await load();
    const valid = Object.fromEntries(rows.filter((_, i) => i % 2 === 1).map(([name], i) => [name, i]));
    expect(isWide!(valid)).toBe(true);
    expect(isWide!({ ...valid, field_4999: "x" })).toBe(false);
    expect(isWide!({ ...valid, field_0: 1 })).toBe(false);
  }, 120_000);

  it("gives a package that type-checks strictly, with a validator that finds a fault in any part of the table", async () => {
    const rows = Array.from({ length: 5000 }, (_, i): [string, string, boolean, string] => [`field_${i}`, i % 2 ? "*int*" : "*Optional[Union[str, bool]]*", i % 2 === 1, ""]);
    const { result, out, load } = await build({ "wide.md": fieldsSpec("Wide", rows) });
    expect(result.diagnostics).toEqual([]);
    // A function body this large is beyond tsc's control flow analysis (TS2563) unless it is split.
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], out);
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
    const { validateWide, isWide } = (await load()) as unknown as Record<string, (value: unknown) => unknown>;
    const valid: Record<string, unknown> = Object.fromEntries(rows.filter((_, i) => i % 2 === 1).map(([name], i) => [name, i]));
    expect(validateWide!({ ...valid, field_0: true, field_2: "x" })).toEqual([]);
    expect(isWide!({ ...valid, field_0: true, field_2: "x" })).toBe(true);
    const { field_4999: _, ...missingLast } = valid;
    expect(validateWide!({ ...missingLast, field_1: 0.5, field_2500: 7 })).toEqual([
      { path: "/field_1", expected: "integer", received: "number 0.5" },
      { path: "/field_2500", expected: "string | boolean", received: "number 7" },
      { path: "/field_4999", expected: "integer", received: "nothing (the key is missing)" },
    ]);
  }, 240_000);
});

describe("a 1 MB description", () => {
  it("is carried into the package's comments and docs whole", async () => {
    const paragraph = "A *long* description with `code`, [a link](x.md) and */ comment ends. ";
    const description = Array.from({ length: 14_000 }, () => paragraph).join("\n\n");
    expect(description.length).toBeGreaterThan(1_000_000);
    const { result, out } = await build({ "long.md": `# Long\n\n${description}\n\n## Fields\n\n| Field | Type |\n| - | - |\n| a | *str* |\n` });
    expect(result.ok).toBe(true);
    const source = readFileSync(join(out, "src/long.ts"), "utf8");
    expect(source.split("comment ends").length - 1).toBe(14_000);
  }, 120_000);
});

describe("line endings, byte order marks and tabs", () => {
  const spec = [
    "# Pet",
    "",
    "A pet.",
    "",
    "## Example Usage",
    "",
    "```python",
    "pet = Pet(name='Rex')",
    "```",
    "",
    "## Fields",
    "",
    "| Field | Type | Required | Description |",
    "| --- | --- | --- | --- |",
    "| `name` | *str* | :heavy_check_mark: | The name,<br/>in full. |",
    "| `tags` | List[*str*] | :heavy_minus_sign: | N/A |",
  ].join("\n");

  it("CRLF, CR and a BOM produce the same package as LF", async () => {
    const generated = async (text: string) => {
      const { result, out } = await build({ "pet.md": text }, { format: true });
      expect(result.diagnostics).toEqual([]);
      // The manifest records a hash of the specs' bytes, which differ; every file of the package is the same.
      const { [MANIFEST_FILE]: manifest, ...files } = folderSnapshot(out, "utf8");
      expect(manifest).toBeDefined();
      folder?.remove();
      return files;
    };
    const lf = await generated(spec);
    expect(Object.keys(lf)).toContain("src/pet.ts");
    expect(await generated(spec.replaceAll("\n", "\r\n"))).toEqual(lf);
    expect(await generated(spec.replaceAll("\n", "\r"))).toEqual(lf);
    expect(await generated(`\ufeff${spec.replaceAll("\n", "\r\n")}`)).toEqual(lf);
  }, 120_000);

  it("CRLF does not move a diagnostic's line or column", async () => {
    const broken = spec.replace("List[*str*]", "List[*str*");
    const positions = [];
    for (const text of [broken, broken.replaceAll("\n", "\r\n"), `\ufeff${broken}`]) {
      const { result } = await build({ "pet.md": text });
      positions.push(result.diagnostics.map((d) => [d.rule, d.at]));
    }
    // "| `tags` | List[*str* | ...": the type ends early after "str", columns 18-20.
    expect(positions[0]).toEqual([["unparsable-type", { start: { line: 16, column: 18 }, end: { line: 16, column: 21 } }]]);
    expect(positions[1]).toEqual(positions[0]);
    expect(positions[2]).toEqual(positions[0]);
  });

  it("tabs around cells are read as spacing", async () => {
    const { result, load } = await build({ "pet.md": "# Pet\n\n## Fields\n\n|\tField\t|\tType\t|\tRequired\t|\n|\t---\t|\t---\t|\t---\t|\n|\t`name`\t|\t*str*\t|\t:heavy_check_mark:\t|\n" });
    expect(result.diagnostics).toEqual([]);
    const { isPet } = await load();
    expect(isPet!({ name: "Rex" })).toBe(true);
    expect(isPet!({})).toBe(false);
  });
});

describe("deep nesting", () => {
  it("64 levels of List[...] compile and are checked level by level", async () => {
    const type = "List[".repeat(64) + "*int*" + "]".repeat(64);
    const { result, out, load } = await build({ "deep.md": fieldsSpec("Deep", [["a", type]]) }, { format: true });
    expect(result.diagnostics).toEqual([]);
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], out);
    expect(run.output).toBe("");
    const nest = (value: unknown, levels: number): unknown => (levels === 0 ? value : [nest(value, levels - 1)]);
    const { isDeep } = await load();
    expect(isDeep!({ a: nest(1, 64) })).toBe(true);
    expect(isDeep!({ a: nest(1.5, 64) })).toBe(false);
    expect(isDeep!({ a: nest(1, 63) })).toBe(false);
  }, 120_000);

  it("hundreds of levels are refused with a diagnostic, in every spelling", async () => {
    const spellings = [
      "List[".repeat(300) + "str" + "]".repeat(300),
      "*string*" + "[]".repeat(300),
      "(".repeat(300) + "str" + ")".repeat(300),
      "Record<string, ".repeat(300) + "*any*" + ">".repeat(300),
    ];
    const { result } = await build({ "deep.md": fieldsSpec("Deep", spellings.map((type, i): [string, string] => [`f${i}`, type])) });
    expect(result.diagnostics.map((d) => [d.rule, "start" in d.at && d.at.start.line])).toEqual([
      ["unparsable-type", 7],
      ["unparsable-type", 8],
      ["unparsable-type", 9],
      ["unparsable-type", 10],
    ]);
  });

  /** Models M0 → M1 → … → M(n-1), the last one referring back to the first. */
  const chain = (n: number): Record<string, string> => {
    const files: Record<string, string> = {};
    for (let i = 0; i < n - 1; i++) files[`m${i}.md`] = fieldsSpec(`M${i}`, [["next", `[M${i + 1}](m${i + 1}.md)`]]);
    files[`m${n - 1}.md`] = fieldsSpec(`M${n - 1}`, [["end", "*bool*"], ["first", "[Optional[M0]](m0.md)", false]]);
    return files;
  };

  it("a reference cycle through 100,000 models resolves without recursion", () => {
    const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
    const n = 100_000;
    const models: Model[] = Array.from({ length: n }, (_, i) => ({
      id: `m${i}`,
      name: `M${i}`,
      file: `m${i}.md`,
      folder: "",
      description: "",
      examples: [],
      shape: { kind: "object", fields: [{ name: "next", type: { kind: "ref", name: `M${(i + 1) % n}`, link: `m${(i + 1) % n}.md`, at }, optional: false, description: "", examples: [], at }] },
      at,
    }));
    const { resolved, diagnostics } = resolveModels(models);
    expect(diagnostics).toEqual([]);
    expect(resolved.recursive.size).toBe(n);
  });

  it("a chain of 200 models generates guards that follow it to the end", async () => {
    const { result, load } = await build(chain(200));
    expect(result.diagnostics).toEqual([]);
    const { isM0 } = await load();
    let value: Record<string, unknown> = { end: true };
    for (let i = 198; i >= 0; i--) value = { next: value };
    expect(isM0!(value)).toBe(true);
    expect(isM0!({ next: { next: { end: true } } })).toBe(false);
  }, 120_000);
});
