/**
 * SDK docs folders as SDK generators lay them out, pointed at the way users
 * point: test/fixtures/sdk-ts and sdk-python (written for this test) hold
 * docs/models/… with links that climb out and back in, and docs/sdks/…/README.md
 * operation pages. `--specs` at docs/ and at docs/models/ must both work.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/run/generate.js";
import { generatePackage, guardAt, type GeneratedPackage } from "../helpers/generated-package.js";
import { fieldsSpec, specFolder, type SpecFolder } from "../helpers/spec-folder.js";
import { STRICT_FLAGS, tsc } from "../helpers/tsc.js";

const fixtures = join(import.meta.dirname, "../fixtures");

describe.each([
  ["TypeScript", "sdk-ts", 8, "sdks/chat/README.md"],
  ["Python", "sdk-python", 8, "sdks/files/README.md"],
])("a %s SDK's docs", (_dialect, fixture, models, operationPage) => {
  const packages: Record<string, GeneratedPackage> = {};

  beforeAll(async () => {
    packages["docs"] = await generatePackage(join(fixtures, fixture, "docs"), fixture);
    packages["docs/models"] = await generatePackage(join(fixtures, fixture, "docs/models"), fixture);
  }, 120_000);

  afterAll(() => Object.values(packages).forEach((pkg) => pkg.remove()));

  it("generate from docs/ without diagnostics, skipping the operation page", () => {
    const { result } = packages["docs"]!;
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.models).toBe(models);
    expect(result.skipped).toEqual({ pages: [operationPage], outside: [], replaced: [] });
  });

  it("generate from docs/models/ the same models, though every link climbs out of it and back in", () => {
    const { result } = packages["docs/models"]!;
    expect(result.diagnostics).toEqual([]);
    expect(result.models).toBe(models);
    expect(result.skipped).toEqual({ pages: [], outside: [], replaced: [] });
  });

  it("type-check strictly", () => {
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], packages["docs/models"]!.dir);
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("the TypeScript SDK's guards", () => {
  let pkg: GeneratedPackage;
  let root: Record<string, unknown>;
  beforeAll(async () => {
    pkg = await generatePackage(join(fixtures, "sdk-ts/docs/models"), "sdk-ts");
    root = await pkg.load();
  }, 120_000);
  afterAll(() => pkg?.remove());

  const request = { model: "large", messages: [{ role: "user", content: "Hello" }], page: { pageNumber: null, pageSize: 20 }, stop: null };

  it("accept the example of a parent that shows a nested model's field as null, and that field alone", () => {
    const isChatRequest = guardAt(root, "components.isChatRequest");
    const isPage = guardAt(root, "components.isPage");
    expect(isChatRequest(request)).toBe(true);
    expect(isPage({ pageNumber: null, pageSize: 20 })).toBe(true);
    expect(isPage({ pageNumber: 1, pageSize: null })).toBe(false);
    expect(isPage({ pageNumber: "1", pageSize: 20 })).toBe(false);
  });

  it("accept file content in each form the SDK takes, and nothing else", () => {
    const isUpload = guardAt(root, "components.isUpload");
    expect(isUpload({ fileName: "a", content: new ReadableStream<Uint8Array>() })).toBe(true);
    expect(isUpload({ fileName: "a", content: new Uint8Array([1]), preview: new Blob(["x"]) })).toBe(true);
    expect(isUpload({ fileName: "a", content: "not bytes" })).toBe(false);
    expect(guardAt(root, "operations.isUploadFileRequest")({ folderId: "f", upload: { fileName: "a", content: new Uint8Array() } })).toBe(true);
  });
});

describe("the Python SDK's guards", () => {
  let pkg: GeneratedPackage;
  let root: Record<string, unknown>;
  beforeAll(async () => {
    pkg = await generatePackage(join(fixtures, "sdk-python/docs"), "sdk-python");
    root = await pkg.load();
  }, 120_000);
  afterAll(() => pkg?.remove());

  it("take `Union[bytes, IO[bytes], io.IOBase]`, `io.BufferedReader` and `bytearray` as file content", () => {
    const isUploadFileRequest = guardAt(root, "models.isUploadFileRequest");
    const file = { file_name: "a.txt", content: new Uint8Array([104, 105]) };
    expect(isUploadFileRequest({ folder_id: "f", file, backup: new Blob(["x"]), raw: new Uint8Array() })).toBe(true);
    expect(isUploadFileRequest({ folder_id: "f", file: { ...file, content: "hi" } })).toBe(false);
  });

  it("take of an open enum the values of the kind its example names: `UnrecognizedStr` strings, `UnrecognizedInt` whole numbers", () => {
    const isFilingForm = guardAt(root, "models.isFilingForm");
    expect(["941", "944", "945"].map(isFilingForm)).toEqual([true, true, true]);
    expect([941, 944, null].map(isFilingForm)).toEqual([false, false, false]);
    const isAcknowledgmentsOptions = guardAt(root, "models.isAcknowledgmentsOptions");
    expect([1, 0, -1, 7].map(isAcknowledgmentsOptions)).toEqual([true, true, true, true]);
    expect([1.5, "1", Number.NaN].map(isAcknowledgmentsOptions)).toEqual([false, false, false]);
  });
});

describe("MDX docs (Speakeasy's `mintlify` option)", () => {
  // A page as the option writes it: the title in front matter, links to pages without their extension, and an
  // Example cell whose braces are escaped for MDX.
  const usage = [
    "---",
    'title: "Usage"',
    "---",
    "",
    "## Fields",
    "",
    "| Field | Type | Required | Description | Example |",
    "| --- | --- | --- | --- | --- |",
    '| `costDetails` | [models.CostDetails](../models/costdetails) | :heavy_minus_sign: | Costs | \\{<br/>"upstream_inference_cost": null,<br/>"prompt_cost": 0.5<br/>} |',
    "| `total` | *number* | :heavy_check_mark: | Tokens | 8 |",
    "",
  ].join("\n");
  const costDetails = fieldsSpec("CostDetails", [
    ["upstreamInferenceCost", "*number*", false],
    ["promptCost", "*number*", false],
  ]);

  it("read .mdx pages, follow links without an extension, and take nulls from escaped Example cells with the API's keys", async () => {
    const folder = specFolder({ "operations/usage.mdx": usage, "models/costdetails.mdx": costDetails });
    try {
      const out = join(folder.root, "out");
      const result = await generate({ specs: folder.specs, out, packageName: "p", cache: false });
      expect(result.diagnostics).toEqual([]);
      expect(result.models).toBe(2);
      const types = readFileSync(join(out, "src/models/costdetails.ts"), "utf8");
      // `"upstream_inference_cost": null` is the field `upstreamInferenceCost`; `prompt_cost` shows no null.
      expect(types).toContain("upstreamInferenceCost?: number | null;");
      expect(types).toContain("promptCost?: number;");
      const usageTypes = readFileSync(join(out, "src/operations/usage.ts"), "utf8");
      expect(usageTypes).toContain("costDetails?: CostDetails;");
      expect(usageTypes).not.toContain("\\{");
    } finally {
      folder.remove();
    }
  });

  it("read an .mdx page rather than the older .md page of the same name beside it, and say so", async () => {
    const folder = specFolder({
      "models/costdetails.mdx": costDetails,
      "models/costdetails.md": fieldsSpec("CostDetails", [["stale", "*string*"]]),
      "models/other.md": fieldsSpec("Other", [["cost", "[models.CostDetails](costdetails.md)"]]),
    });
    try {
      const result = await generate({ specs: folder.specs, out: join(folder.root, "out"), packageName: "p", cache: false });
      expect(result.diagnostics).toEqual([]);
      expect(result.models).toBe(2);
      expect(result.skipped.replaced).toEqual(["models/costdetails.md"]);
      // The link to the .md page leads to the .mdx page that replaces it.
      expect(readFileSync(join(folder.root, "out/src/models/other.ts"), "utf8")).toContain("cost: CostDetails;");
      expect(readFileSync(join(folder.root, "out/src/models/costdetails.ts"), "utf8")).not.toContain("stale");
    } finally {
      folder.remove();
    }
  });
});

describe("MDX docs, the edges", () => {
  it("pair an .md and an .mdx page whatever the case of their names, and take an extensionless link to a page as one", async () => {
    const folder = specFolder({
      "models/Pet.mdx": fieldsSpec("Pet", [["name", "*string*"]]),
      "models/Pet.MD": fieldsSpec("Pet", [["stale", "*string*"]]),
      "models/owner.mdx": fieldsSpec("Owner", [["pets", "[components.Pet](Pet)[]"], ["help", "[components.Help](../sdks/help)"]]),
      "sdks/help.mdx": "# Help\n\nHow to call the API.\n",
    });
    try {
      const result = await generate({ specs: folder.specs, out: join(folder.root, "out"), packageName: "p", cache: false });
      expect(result.skipped.replaced).toEqual(["models/Pet.MD"]);
      // The link to a page that is no model says so, rather than that it leads nowhere.
      expect(result.diagnostics.map((d) => d.message)).toEqual([
        'the link "../sdks/help" leads to sdks/help.mdx, which is not a model spec (it has no Fields, Values, Supported Types or Properties section)',
      ]);
    } finally {
      folder.remove();
    }
  });

  it("read a backslash before a brace as written in an .md page's Example cell", async () => {
    const folder = specFolder({
      "models/code.md": fieldsSpec("Code", [["pattern", "*string*"]]).replace("| Field | Type | Required | Description |", "| Field | Type | Required | Description | Example |").replace("| --- | --- | --- | --- |", "| --- | --- | --- | --- | --- |").replace(/(\| `pattern` .*\|)$/mu, "$1 ^[a-z]\\{2\\}$ |"),
    });
    try {
      const out = join(folder.root, "out");
      const result = await generate({ specs: folder.specs, out, packageName: "p", cache: false });
      expect(result.diagnostics).toEqual([]);
      expect(readFileSync(join(out, "src/models/code.ts"), "utf8")).toContain("@example ^[a-z]\\{2\\}$");
    } finally {
      folder.remove();
    }
  });
});

describe("links and symlinks that leave the specs folder", () => {
  it("refuse a link whose final target lies outside, saying where it leads", async () => {
    const folder = specFolder({ "models/a.md": fieldsSpec("A", [["b", "[B](../../elsewhere/b.md)"]]) });
    try {
      const result = await generate({ specs: join(folder.specs, "models"), out: join(folder.root, "out"), packageName: "p", cache: false });
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => [d.rule, d.message])).toEqual([
        [
          "unresolved-reference",
          `the link "../../elsewhere/b.md" leads outside the specs folder (to ${join(folder.root, "elsewhere/b.md")}); mdspec reads only the specs folder and never follows links out of it`,
        ],
      ]);
    } finally {
      folder.remove();
    }
  });

  it("never read a spec through a symlink that leads out, file or folder, and say so", async () => {
    const outside = mkdtempSync(join(tmpdir(), "mdspec-outside-"));
    mkdirSync(join(outside, "more"));
    writeFileSync(join(outside, "secret.md"), fieldsSpec("Secret", [["token", "*str*"]]));
    writeFileSync(join(outside, "more/other.md"), fieldsSpec("Other", [["x", "*str*"]]));
    const folder = specFolder({
      "a.md": fieldsSpec("A", [["s", "[Secret](secret.md)"]]),
      "inside.md": fieldsSpec("Inside", [["x", "*str*"]]),
    });
    symlinkSync(join(outside, "secret.md"), join(folder.specs, "secret.md"));
    symlinkSync(join(outside, "more"), join(folder.specs, "more"));
    // A symlink to a spec inside the folder is that spec, read once.
    symlinkSync(join(folder.specs, "inside.md"), join(folder.specs, "alias.md"));
    try {
      const result = await generate({ specs: folder.specs, out: join(folder.root, "out"), packageName: "p", cache: false });
      expect(result.diagnostics.map((d) => [d.file, d.rule, d.message])).toEqual([
        ["a.md", "unresolved-reference", 'the link "secret.md" does not lead to a spec (looked for secret.md in the specs folder)'],
      ]);
      expect(result.skipped.outside.map((path) => path.replace(/^(\.\.\/)+/u, ""))).toEqual([
        expect.stringMatching(/mdspec-outside-[^/]+\/more\/other\.md$/u),
        expect.stringMatching(/mdspec-outside-[^/]+\/secret\.md$/u),
      ]);
    } finally {
      folder.remove();
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe("a model whose spec is named as a folder beside it (Speakeasy's flat `models/errors.md` and `models/errors/`)", () => {
  let folder: SpecFolder;
  let pkg: GeneratedPackage;
  beforeAll(async () => {
    folder = specFolder({
      "models/errors.md": fieldsSpec("Errors", [["detail", "*string*"]]),
      "models/errors/validationerror.md": fieldsSpec("ValidationError", [["errors", "[models.Errors](../errors.md)"]]),
      "models/errors/deeper/nested.md": fieldsSpec("Nested", [["errors", "[models.Errors](../../errors.md)"]]),
    });
    pkg = await generatePackage(folder.specs, "flat-errors");
  }, 120_000);
  afterAll(() => {
    pkg?.remove();
    folder?.remove();
  });

  it("imports it from the folder's side, so that Node loads the package and TypeScript checks it", async () => {
    expect(pkg.result.diagnostics).toEqual([]);
    const root = await pkg.load();
    expect(guardAt(root, "models.errors.isValidationError")({ errors: { detail: "x" } })).toBe(true);
    expect(guardAt(root, "models.errors.isValidationError")({ errors: { detail: 1 } })).toBe(false);
    expect(guardAt(root, "models.errors.deeper.isNested")({ errors: { detail: "x" } })).toBe(true);
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], pkg.dir);
    expect(run.output).toBe("");
  });
});
