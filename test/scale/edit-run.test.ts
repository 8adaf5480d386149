/**
 * A run after a few specs were edited remakes only their files when the rest
 * of the package reads nothing that changed (src/edit-run.ts), and otherwise
 * goes the whole way. Either way the folder ends up exactly as a cold run
 * makes it.
 *
 * Which way a run went shows in the cache folder: a run that plans the whole
 * package writes a new records file of the plan store, named after its run
 * key; an edit run leaves it and rewrites the index alone.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/run/generate.js";
import type { GenerateOptions } from "../../src/run/options.js";
import { MANIFEST_FILE } from "../../src/write/manifest.js";
import { folderSnapshot } from "../helpers/folder-snapshot.js";
import { modelNames, modelSet, modelSpec, specMarkdown, type ModelSpec } from "../helpers/spec-arbitraries.js";
import { fieldsSpec, specFolder, valuesSpec, type SpecFolder } from "../helpers/spec-folder.js";

function options(folder: SpecFolder, out: string, extra: Partial<GenerateOptions> = {}): GenerateOptions {
  return { specs: folder.specs, out: join(folder.root, out), packageName: "items", cache: join(folder.root, "cache"), threads: 1, ...extra };
}

/** The package a cold run makes of the folder's specs as they are now. */
async function coldPackage(folder: SpecFolder, extra: Partial<GenerateOptions> = {}): Promise<Record<string, string>> {
  const result = await generate(options(folder, "cold", { ...extra, cache: false }));
  expect(result.ok).toBe(true);
  return folderSnapshot(join(folder.root, "cold"));
}

/** The records file of the plan store: a new one means the run planned the whole package. */
function recordsFile(folder: SpecFolder): string | undefined {
  return readdirSync(join(folder.root, "cache")).find((name) => name.endsWith(".records"));
}

const item = (i: number, description: string, next = "*str*") =>
  fieldsSpec(`Item${i}`, [
    ["id", "*str*", true, description],
    ["status", "[Status](./status.md)", true, "Where it stands."],
    ["next", `Optional[${next}]`, false, "The item after this one."],
  ]);

describe("a run after an edit", () => {
  let folder: SpecFolder;

  beforeAll(async () => {
    const files: Record<string, string> = { "models/status.md": valuesSpec("Status", ["active", "archived"]) };
    for (let i = 0; i < 20; i++) files[`models/item${i}.md`] = item(i, `The id of item ${i}.`, i < 19 ? `[Item${i + 1}](./item${i + 1}.md)` : "*str*");
    folder = specFolder(files);
    expect((await generate(options(folder, "out"))).ok).toBe(true);
  }, 120_000);

  afterAll(() => folder.remove());

  /**
   * Writes a spec and runs again. Returns the run's result, whether it was an
   * edit run (it left the records file as it was), and checks that the folder
   * is what a cold run makes.
   */
  async function rewrite(path: string, text: string, extra: Partial<GenerateOptions> = {}) {
    const records = recordsFile(folder);
    writeFileSync(join(folder.specs, path), text);
    const result = await generate(options(folder, "out", extra));
    expect(result.ok).toBe(true);
    expect(folderSnapshot(join(folder.root, "out"))).toEqual(await coldPackage(folder, extra));
    return { result, editRun: recordsFile(folder) === records };
  }

  /** The files of a module and its docs page. */
  const moduleFiles = (name: string) => [`dist/models/${name}.d.ts`, `dist/models/${name}.js`, `docs/models/${name}.md`, `src/models/${name}.ts`];

  it("remakes only the edited spec's module and page when its fields' text changed", async () => {
    const { result, editRun } = await rewrite("models/item7.md", item(7, "The id, described anew.", "[Item8](./item8.md)"));
    expect(editRun).toBe(true);
    expect(result.files.sort()).toEqual([MANIFEST_FILE, ...moduleFiles("item7")].sort());
  }, 120_000);

  it("remakes the docs index too when the first paragraph of a description changed", async () => {
    const text = item(3, "The id of item 3.", "[Item4](./item4.md)").replace("# Item3\n", "# Item3\n\nThe third item.\n");
    const { result, editRun } = await rewrite("models/item3.md", text);
    expect(editRun).toBe(true);
    expect(result.files.sort()).toEqual([MANIFEST_FILE, "docs/index.md", ...moduleFiles("item3")].sort());
  }, 120_000);

  it("goes the whole way when the edit changes what other files read: a reference", async () => {
    const { result, editRun } = await rewrite("models/item7.md", item(7, "The id, described anew.", "[Item9](./item9.md)"));
    expect(editRun).toBe(false);
    // Item8 lost a referrer and Item9 gained one: their pages change.
    expect(result.files).toContain("docs/models/item8.md");
    expect(result.files).toContain("docs/models/item9.md");
  }, 120_000);

  it("goes the whole way when the plan store is of another shape or its records cannot be read", async () => {
    const cache = join(folder.root, "cache");
    const index = readdirSync(cache).find((name) => name.startsWith("plan-") && name.endsWith(".json") && !name.endsWith(".docs.json"))!;
    const stored = JSON.parse(readFileSync(join(cache, index), "utf8")) as { specs: unknown[] };
    // Well-formed JSON naming the right run, with entries of another shape.
    writeFileSync(join(cache, index), JSON.stringify({ ...stored, specs: stored.specs.map(() => 0) }));
    const first = await rewrite("models/item2.md", item(2, "Rewritten once.", "[Item3](./item3.md)"));
    expect(first.editRun).toBe(false);
    // A sound index whose records file holds nothing readable.
    const records = recordsFile(folder)!;
    writeFileSync(join(cache, records), " ".repeat(statSync(join(cache, records)).size));
    const second = await rewrite("models/item2.md", item(2, "Rewritten twice.", "[Item3](./item3.md)"));
    expect(second.editRun).toBe(false);
  }, 120_000);

  it("goes the whole way when the edited spec has a warning, and reports it", async () => {
    const { result, editRun } = await rewrite("models/item5.md", item(5, "The id of item 5.", "[Gone](./gone.md)"), { allowUnresolved: true });
    expect(editRun).toBe(false);
    expect(result.diagnostics.map((d) => [d.file, d.rule])).toEqual([["models/item5.md", "unresolved-reference-allowed"]]);
  }, 120_000);
});

describe("a run after an edit, where an example shows a null in another model", () => {
  /** TypeScript docs: a parent whose example sets a field of the child it holds to null. */
  const parent = (example: string) =>
    [
      "# Parent",
      "",
      "## Example Usage",
      "",
      "```typescript",
      'import { Parent } from "sdk";',
      "",
      `let value: Parent = ${example};`,
      "```",
      "",
      "## Fields",
      "",
      "| Field | Type | Required | Description |",
      "| --- | --- | --- | --- |",
      "| `child` | [components.Child](child.md) | :heavy_check_mark: | N/A |",
      "",
    ].join("\n");
  const child = (description: string, extra = "") =>
    [
      "# Child",
      "",
      "## Fields",
      "",
      "| Field | Type | Required | Description |",
      "| --- | --- | --- | --- |",
      `| \`note\` | *string* | :heavy_check_mark: | ${description} |`,
      ...(extra === "" ? [] : [`| \`${extra}\` | *string* | :heavy_minus_sign: | N/A |`]),
      "",
    ].join("\n");

  let folder: SpecFolder;
  beforeAll(async () => {
    folder = specFolder({ "models/parent.md": parent('{ child: { note: null, later: null } }'), "models/child.md": child("A note.") });
    expect((await generate(options(folder, "out"))).ok).toBe(true);
  }, 120_000);
  afterAll(() => folder.remove());

  async function rewrite(path: string, text: string) {
    const records = recordsFile(folder);
    writeFileSync(join(folder.specs, path), text);
    expect((await generate(options(folder, "out"))).ok).toBe(true);
    const out = folderSnapshot(join(folder.root, "out"));
    expect(out).toEqual(await coldPackage(folder));
    return { editRun: recordsFile(folder) === records, child: Buffer.from(out["src/models/child.ts"]!, "base64").toString() };
  }

  it("keeps the child's field nullable when the child alone is edited", async () => {
    const { editRun, child: code } = await rewrite("models/child.md", child("A note, described anew."));
    expect(editRun).toBe(true);
    expect(code).toContain("note: string | null;");
  }, 120_000);

  it("makes a field the child gains nullable when the parent's example already shows it as null", async () => {
    const { editRun, child: code } = await rewrite("models/child.md", child("A note.", "later"));
    expect(editRun).toBe(true);
    expect(code).toContain("later?: string | null;");
  }, 120_000);

  it("goes the whole way when the parent's example changes where it shows null", async () => {
    const { editRun, child: code } = await rewrite("models/parent.md", parent('{ child: { note: "n" } }'));
    expect(editRun).toBe(false);
    expect(code).toContain("note: string;");
  }, 120_000);
});

/** An edit to one spec of a set: a model of any kind in its place, or new field descriptions only. */
const edit = (models: number) =>
  fc.oneof(
    fc.record({ at: fc.nat(), model: modelSpec(models) }),
    fc.record({ at: fc.nat(), description: fc.constantFrom("Changed.", "Now with `code`.", "N/A") }),
  );

function applyEdit(models: ModelSpec[], change: { at: number; model?: ModelSpec; description?: string }): void {
  const at = change.at % models.length;
  if (change.model) models[at] = change.model;
  else {
    const model = models[at]!;
    if (model.kind === "object") models[at] = { ...model, fields: model.fields.map((f) => ({ ...f, description: change.description! })) };
  }
}

describe("any sequence of edits", () => {
  it("leaves the folder exactly as a cold run makes it, whichever way each run goes", async () => {
    let editRuns = 0;
    await fc.assert(
      fc.asyncProperty(
        modelSet.chain((models) => fc.tuple(fc.constant(models), fc.array(edit(models.length), { minLength: 1, maxLength: 4 }))),
        async ([initial, edits]) => {
          const models = [...initial];
          const files = () => Object.fromEntries(models.map((model, i) => [`models/m${i}.md`, specMarkdown(model, i, modelNames(models))]));
          const folder = specFolder(files());
          try {
            const run = () => generate(options(folder, "out", { format: false }));
            if (!(await run()).ok) return;
            for (const change of edits) {
              applyEdit(models, change);
              for (const [path, text] of Object.entries(files())) writeFileSync(join(folder.specs, path), text);
              const records = recordsFile(folder);
              const result = await run();
              if (!result.ok) return;
              if (recordsFile(folder) === records && !result.upToDate) editRuns++;
              expect(folderSnapshot(join(folder.root, "out"))).toEqual(await coldPackage(folder, { format: false }));
            }
          } finally {
            folder.remove();
          }
        },
      ),
      { numRuns: 40 },
    );
    // The property is about both ways: some of the runs must have been edit runs.
    expect(editRuns).toBeGreaterThan(0);
  }, 300_000);
});
