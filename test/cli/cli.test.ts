/**
 * The command line as a user meets it: exit codes, diagnostics, --check,
 * and what a run does (and does not do) to the output folder.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const repo = join(import.meta.dirname, "../..");
const cliPath = join(repo, "dist/cli/main.js");

function mdspec(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file below a folder with its content, to prove a run left it byte for byte as it was. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string, prefix: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = readFileSync(full, "base64");
    }
  };
  walk(dir, "");
  return files;
}

const USER = `# User

A person.

## Fields

| Field | Type | Required | Description |
| ----- | ---- | -------- | ----------- |
| \`id\` | *str* | :heavy_check_mark: | The id. |
| \`address\` | [Optional[models.Address]](../models/address.md) | :heavy_minus_sign: | Where they live. |
`;

const ADDRESS = `# Address

## Fields

| Field | Type | Required | Description |
| ----- | ---- | -------- | ----------- |
| \`city\` | *str* | :heavy_check_mark: | N/A |
`;

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "mdspec-cli-"));
  mkdirSync(join(work, "specs/models"), { recursive: true });
  writeFileSync(join(work, "specs/models/user.md"), USER);
  writeFileSync(join(work, "specs/models/address.md"), ADDRESS);
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("mdspec generate", () => {
  it("writes a package named after the out folder and exits 0", () => {
    const run = mdspec(["generate", "--specs", "specs", "--out", "models-pkg"], work);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("Generated 2 models");
    const manifest = JSON.parse(readFileSync(join(work, "models-pkg/package.json"), "utf8"));
    expect(manifest.name).toBe("models-pkg");
    expect(manifest.exports["."]).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
    expect(existsSync(join(work, "models-pkg/src/models/user.ts"))).toBe(true);
    expect(existsSync(join(work, "models-pkg/docs/models/user.md"))).toBe(true);
  });

  it("takes the package name from --name", () => {
    expect(mdspec(["--specs", "specs", "--out", "out", "--name", "@acme/models"], work).status).toBe(0);
    expect(JSON.parse(readFileSync(join(work, "out/package.json"), "utf8")).name).toBe("@acme/models");
  });

  it("produces byte-identical output on every run", () => {
    mdspec(["--specs", "specs", "--out", "a"], work);
    mdspec(["--specs", "specs", "--out", "b", "--name", "a"], work);
    expect(snapshot(join(work, "b"))).toEqual(snapshot(join(work, "a")));
  });

  it("removes the files of models that no longer exist", () => {
    mdspec(["--specs", "specs", "--out", "out"], work);
    writeFileSync(join(work, "specs/models/user.md"), USER.replace(/\| `address`.*\n/u, ""));
    rmSync(join(work, "specs/models/address.md"));
    expect(mdspec(["--specs", "specs", "--out", "out"], work).status).toBe(0);
    expect(existsSync(join(work, "out/src/models/address.ts"))).toBe(false);
    expect(existsSync(join(work, "out/dist/models/address.js"))).toBe(false);
    expect(existsSync(join(work, "out/docs/models/address.md"))).toBe(false);
  });

  it("reports an unresolved reference at file:line:column, exits 1 and leaves the output as it was", () => {
    mdspec(["--specs", "specs", "--out", "out"], work);
    const before = snapshot(join(work, "out"));
    rmSync(join(work, "specs/models/address.md"));
    const run = mdspec(["--specs", "specs", "--out", "out"], work);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("specs/models/user.md");
    expect(run.stderr).toMatch(/10:25/u);
    expect(run.stderr).toContain("../models/address.md");
    expect(run.stderr).toContain("unresolved-reference");
    expect(snapshot(join(work, "out"))).toEqual(before);
  });

  it("with --allow-unresolved, warns, types the reference as unknown and exits 0", () => {
    rmSync(join(work, "specs/models/address.md"));
    const run = mdspec(["--specs", "specs", "--out", "out", "--allow-unresolved"], work);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("warning");
    expect(readFileSync(join(work, "out/src/models/user.ts"), "utf8")).toContain("address?: unknown;");
  });

  it("prints diagnostics as JSON with --format json", () => {
    rmSync(join(work, "specs/models/address.md"));
    const run = mdspec(["--specs", "specs", "--out", "out", "--format", "json"], work);
    expect(run.status).toBe(1);
    const [first] = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(first).toMatchObject({ file: join("specs", "models", "user.md"), line: 10, column: 25, severity: "error", rule: "unresolved-reference" });
  });

  it("skips markdown that is not a model spec with one line for the run, which --verbose spells out", () => {
    mkdirSync(join(work, "specs/sdks/users"), { recursive: true });
    const page = "# Users\n\n## Overview\n\n### Available Operations\n\n* [get](#get) - Get a user\n";
    writeFileSync(join(work, "specs/sdks/users/README.md"), page);
    writeFileSync(join(work, "specs/README.md"), "# Acme SDK\n\nModels and operations.\n");
    const run = mdspec(["--specs", "specs", "--out", "out"], work);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("Skipped 2 pages that are not model specs (no Fields, Values, Supported Types or Properties section); --verbose lists them.");
    expect(run.stderr).toContain("Generated 2 models");
    const verbose = mdspec(["--specs", "specs", "--out", "out", "--verbose"], work);
    expect(verbose.stderr).toContain("Skipped 2 pages that are not model specs (no Fields, Values, Supported Types or Properties section):\n  README.md\n  sdks/users/README.md\n");
    // A run that finds nothing changed says the same.
    expect(verbose.stderr).toContain("is up to date");
  });

  it("reads only the files --include picks and leaves out those --exclude names", () => {
    mkdirSync(join(work, "specs/drafts"));
    writeFileSync(join(work, "specs/drafts/wip.md"), "# Wip\n\n## Fields\n\nTo be written.\n");
    expect(mdspec(["--specs", "specs", "--out", "out"], work).status).toBe(1);
    const excluded = mdspec(["--specs", "specs", "--out", "out", "--exclude", "drafts/**"], work);
    expect(excluded.status).toBe(0);
    expect(excluded.stderr).toContain("Generated 2 models");
    const included = mdspec(["--specs", "specs", "--out", "out", "--include", "models/*.md", "--exclude", "models/user.md"], work);
    expect(included.stderr).toContain("Generated 1 models");
    writeFileSync(join(work, "mdspec.config.json"), JSON.stringify({ exclude: ["drafts/**", "models/address.md"] }));
    const configured = mdspec(["--specs", "specs", "--out", "out"], work);
    expect(configured.status).toBe(1);
    expect(configured.stderr).toContain('the link "../models/address.md" does not lead to a spec');
  });

  it("exits 2 with a suggestion on an unknown option", () => {
    const run = mdspec(["generate", "--spec", "specs"], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--specs");
  });

  it("exits 2 when the specs folder does not exist", () => {
    const run = mdspec(["--specs", "nowhere", "--out", "out"], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("nowhere");
  });

  it("exits 2 with a one-line message, not a stack trace, when the output path is a file", () => {
    writeFileSync(join(work, "taken"), "a file");
    const run = mdspec(["--specs", "specs", "--out", "taken", "--no-prettier"], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^mdspec: ENOTDIR: not a directory/u);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(readFileSync(join(work, "taken"), "utf8")).toBe("a file");
  });

  it("refuses to replace a folder it did not generate", () => {
    mkdirSync(join(work, "precious"));
    writeFileSync(join(work, "precious/notes.txt"), "keep me");
    const run = mdspec(["--specs", "specs", "--out", "precious"], work);
    expect(run.status).toBe(2);
    expect(readFileSync(join(work, "precious/notes.txt"), "utf8")).toBe("keep me");
  });
});

describe("mdspec generate --check", () => {
  it("exits 0 when the output is up to date, and 1 listing the files a spec edit would change", () => {
    mdspec(["--specs", "specs", "--out", "out"], work);
    expect(mdspec(["--specs", "specs", "--out", "out", "--check"], work).status).toBe(0);
    writeFileSync(join(work, "specs/models/address.md"), ADDRESS.replace("| N/A |", "| The city. |"));
    const before = snapshot(join(work, "out"));
    const run = mdspec(["--specs", "specs", "--out", "out", "--check"], work);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("src/models/address.ts");
    expect(snapshot(join(work, "out"))).toEqual(before);
  });

  it("is clean on the committed generated/ package", () => {
    const run = mdspec(["generate", "--check"], repo);
    expect(run.stderr).toContain("up to date");
    expect(run.status).toBe(0);
  });
});

describe("the committed generated/ package, imported by name", () => {
  it("works from a plain Node ESM program", () => {
    const response = { choices: [], created: 1, id: "a", model: "m" };
    const run = spawnSync(process.execPath, [join(repo, "test/consumer/consumer.mjs"), JSON.stringify(response)], {
      cwd: repo,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({
      isChatCompletionResponse: true,
      isChoices: false,
      roleValues: ["system", "user", "assistant", "tool"],
    });
  });

  it("type-checks in a strict TypeScript program", async () => {
    const { tsc, STRICT_FLAGS } = await import("../helpers/tsc.js");
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], join(repo, "test/consumer"));
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  });
});

