/**
 * mdspec used from another repository, as the README's Install section
 * says: the tarball `npm pack` makes is installed as a dev dependency of a
 * fresh project, `npx mdspec generate` writes the package into the
 * project's sources, and plain Node imports it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = join(import.meta.dirname, "../..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let work: string;
let project: string;

beforeAll(() => {
  // The build is the one `npm test` made; packing without scripts keeps it from being rebuilt under other tests.
  work = mkdtempSync(join(tmpdir(), "mdspec-pack-"));
  execFileSync(npm, ["pack", "--silent", "--ignore-scripts", "--pack-destination", work], { cwd: repo, stdio: ["ignore", "ignore", "inherit"] });
  const tarball = readdirSync(work).find((file) => file.endsWith(".tgz"))!;
  project = join(work, "app");
  mkdirSync(join(project, "docs"), { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  cpSync(join(repo, "test/fixtures/everyday/models"), join(project, "docs/models"), { recursive: true });
  execFileSync(npm, ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", join(work, tarball)], { cwd: project, stdio: ["ignore", "ignore", "inherit"] });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("mdspec installed from its tarball in another project", () => {
  it("generates with npx, templates and all", () => {
    const run = spawnSync("npx", ["mdspec", "generate", "--specs", "docs/models", "--out", "src/generated"], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toContain("Generated 7 models into src/generated.");
    expect(run.status).toBe(0);
  }, 120_000);

  it("gives a package that plain Node imports by a relative path", () => {
    writeFileSync(join(project, "main.js"), 'import { isCircle } from "./src/generated/dist/index.js";\nconsole.log(isCircle({ kind: "circle", radius: 1 }), isCircle({ kind: "circle", radius: "1" }));\n');
    const run = spawnSync(process.execPath, ["main.js"], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("true false\n");
  });
});
