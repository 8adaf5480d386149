/**
 * "Up to date" is said only of a folder that is: a package whose dist/ was
 * not committed, or whose files were edited by hand, is repaired by the next
 * `mdspec generate`, and `mdspec check` then passes.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const repo = join(import.meta.dirname, "../..");
const cli = join(repo, "dist/cli/main.js");
let work: string;

function mdspec(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args, "--specs", "specs", "--out", "pkg"], { cwd: work, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: run.status, stderr: run.stderr };
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "mdspec-up-to-date-"));
  cpSync(join(repo, "test/fixtures/everyday"), join(work, "specs"), { recursive: true });
  expect(mdspec().status).toBe(0);
  expect(mdspec().stderr).toContain("is up to date");
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("a package with files missing or changed", () => {
  it("dist/ left out of the commit: generate writes it again, and check passes", () => {
    rmSync(join(work, "pkg/dist"), { recursive: true });
    expect(mdspec("--check").status).toBe(1);
    const run = mdspec();
    expect(run.stderr).not.toContain("up to date");
    expect(run.status).toBe(0);
    expect(readFileSync(join(work, "pkg/dist/index.js"), "utf8")).toContain("export");
    expect(mdspec("--check").status).toBe(0);
  });

  it("a generated file edited by hand: generate puts it back as generated", () => {
    const file = join(work, "pkg/src/models/circle.ts");
    const generated = readFileSync(file, "utf8");
    writeFileSync(file, `${generated}\nexport const edited = true;\n`);
    expect(mdspec().stderr).not.toContain("up to date");
    expect(readFileSync(file, "utf8")).toBe(generated);
    expect(mdspec().stderr).toContain("is up to date");
  });
});
