/**
 * Config files as a user meets them: found from the working folder upward,
 * in each supported format, overridden by flags, and rejected with a
 * suggestion when they name an option that does not exist.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const repo = join(import.meta.dirname, "../..");
const cliPath = join(repo, "dist/cli/main.js");
const fixtures = join(repo, "test/fixtures/everyday");

function mdspec(args: string[], cwd: string, env: Record<string, string> = { NO_COLOR: "1" }) {
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: "utf8", env: { ...process.env, ...env }, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "mdspec-config-"));
  cpSync(fixtures, join(work, "docs/models"), { recursive: true });
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

const exportsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/export (?:function|const) (\w+)/gu)].map((m) => m[1]);

describe("config files", () => {
  it("mdspec.config.json in a parent folder: its paths are relative to it, and all its options apply", () => {
    writeFileSync(
      join(work, "mdspec.config.json"),
      JSON.stringify({ specs: "docs/models", out: "pkg", name: "@acme/models", packageVersion: "2.0.0", emit: ["types", "guards", "json-schema"], dates: "string", prettier: false }),
    );
    writeFileSync(
      join(work, "docs/models/ts/long.md"),
      "# A Model Whose Name Is So Long That Not Even Its Guard With One Parameter On Each Line Fits In The Print Width\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | *str* | :heavy_check_mark: | N/A |\n",
    );
    mkdirSync(join(work, "deep/er"), { recursive: true });
    const run = mdspec(["generate", "--verbose"], join(work, "deep/er"));
    expect(run.stderr).toContain(`Config: ${join(work, "mdspec.config.json")}`);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(work, "pkg/package.json"), "utf8"))).toMatchObject({ name: "@acme/models", version: "2.0.0" });
    expect(existsSync(join(work, "pkg/schemas/models/Node.schema.json"))).toBe(true);
    expect(existsSync(join(work, "pkg/docs"))).toBe(false);
    expect(exportsOf(join(work, "pkg/src/models/circle.ts"))).toEqual(["isCircle"]);
    // dates: "string" turns the TypeScript Date field into an ISO string.
    expect(readFileSync(join(work, "pkg/src/ts/event.ts"), "utf8")).toMatch(/at: string;/u);
    // prettier: false leaves the emitter's own layout, which is prettier's only where it can lay a statement out within the width.
    const name = "AModelWhoseNameIsSoLongThatNotEvenItsGuardWithOneParameterOnEachLineFitsInThePrintWidth";
    expect(readFileSync(join(work, "pkg/src/ts/long.ts"), "utf8")).toContain(`export function is${name}(value: unknown): value is ${name} {`);
  });

  it("mdspec.config.ts runs without a build step, and its naming applies", () => {
    writeFileSync(
      join(work, "mdspec.config.ts"),
      `const naming: { guard: string } = { guard: "check" };\nexport default { specs: "docs/models", out: "ts-out", naming };\n`,
    );
    const run = mdspec([], work);
    expect(run.stderr).toBe("Generated 8 models into ts-out.\n");
    expect(run.status).toBe(0);
    expect(exportsOf(join(work, "ts-out/src/models/circle.ts"))).toEqual(["checkCircle", "validateCircle", "assertCircle", "circleSchema"]);
  });

  it("names each model's Standard Schema with naming.schema", () => {
    writeFileSync(join(work, "mdspec.config.json"), JSON.stringify({ specs: "docs/models", out: "schema-out", naming: { schema: "Validator" } }));
    expect(mdspec([], work).status).toBe(0);
    expect(exportsOf(join(work, "schema-out/src/models/circle.ts"))).toEqual(["isCircle", "validateCircle", "assertCircle", "circleValidator"]);
  });

  it("mdspec.config.mjs and mdspec.config.js load as modules", () => {
    writeFileSync(join(work, "mdspec.config.mjs"), `export default { specs: "docs/models", out: "mjs-out" };\n`);
    expect(mdspec([], work).status).toBe(0);
    expect(existsSync(join(work, "mjs-out/package.json"))).toBe(true);
    rmSync(join(work, "mdspec.config.mjs"));
    writeFileSync(join(work, "package.json"), JSON.stringify({ name: "app", type: "module" }));
    writeFileSync(join(work, "mdspec.config.js"), `export default { specs: "docs/models", out: "js-out" };\n`);
    expect(mdspec([], work).status).toBe(0);
    expect(existsSync(join(work, "js-out/package.json"))).toBe(true);
  });

  it('the "mdspec" key of package.json', () => {
    writeFileSync(join(work, "package.json"), JSON.stringify({ name: "app", mdspec: { specs: "docs/models", out: "pkg-out", emit: ["types"] } }));
    expect(mdspec([], work).status).toBe(0);
    expect(exportsOf(join(work, "pkg-out/src/models/circle.ts"))).toEqual([]);
    expect(readdirSync(join(work, "pkg-out"))).not.toContain("docs");
  });

  it("flags override the config", () => {
    writeFileSync(join(work, "mdspec.config.json"), JSON.stringify({ specs: "docs/models", out: "from-config", name: "config-name", emit: ["types"] }));
    const run = mdspec(["--out", "from-flag", "--name", "flag-name", "--emit", "types,validators"], work);
    expect(run.status).toBe(0);
    expect(existsSync(join(work, "from-config"))).toBe(false);
    expect(JSON.parse(readFileSync(join(work, "from-flag/package.json"), "utf8")).name).toBe("flag-name");
    expect(exportsOf(join(work, "from-flag/src/models/circle.ts"))).toEqual(["validateCircle", "assertCircle", "circleSchema"]);
  });

  it("--config names the file; --no-config ignores the one found", () => {
    writeFileSync(join(work, "mdspec.config.json"), JSON.stringify({ specs: "nowhere" }));
    writeFileSync(join(work, "other.json"), JSON.stringify({ specs: "docs/models", out: "other-out" }));
    expect(mdspec(["--config", "other.json"], work).status).toBe(0);
    expect(existsSync(join(work, "other-out/package.json"))).toBe(true);
    expect(mdspec(["--no-config", "--specs", "docs/models", "--out", "plain"], work).status).toBe(0);
    expect(mdspec([], work).status).toBe(2);
  });
});

describe("config mistakes are usage errors (exit 2) that name the file and suggest", () => {
  it.each([
    [{ spec: "docs/models" }, 'mdspec.config.json: unknown option "spec"; did you mean "specs"?'],
    [{ emit: ["types", "gaurds"] }, '"emit": unknown output "gaurds"; did you mean "guards"?'],
    [{ dates: "iso" }, '"dates" must be one of as-written, string, Date, not "iso"'],
    [{ naming: { guards: "is" } }, 'unknown naming option "guards"; did you mean "guard"?'],
    [{ naming: { guard: "is", validate: "isValid" } }, 'the prefix "is" of naming.guard would make names that naming.validate ("isValid") also makes'],
    [{ prettier: "no" }, '"prettier" must be true or false, not "no"'],
    [{ naming: { assert: "Assert" } }, '"naming.assert" must be a lower-case word'],
    [{ naming: { schema: "_Schema" } }, '"naming.schema" must be a word such as "Schema"'],
    [{ exclude: [] }, '"exclude" must be a glob or a list of globs, such as ["models/**/*.md"], not a list'],
    [{ include: [3] }, '"include" must be a glob or a list of globs, such as ["models/**/*.md"], not a list'],
    [{ exlude: ["sdks/**"] }, 'unknown option "exlude"; did you mean "exclude"?'],
    [{ name: "Acme Models" }, '"name": "Acme Models" is not a valid npm package name: name can only contain URL-friendly characters; name can no longer contain capital letters; did you mean "acme-models"?'],
    [{ packageVersion: "v1" }, '"packageVersion": "v1" is not a version npm accepts'],
    [{ version: "1.0.0" }, 'unknown option "version"; did you mean "packageVersion"?'],
  ])("%j", (config, message) => {
    writeFileSync(join(work, "mdspec.config.json"), JSON.stringify({ specs: "docs/models", ...config }));
    const run = mdspec([], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(join(work, "generated"))).toBe(false);
  });

  it.each([
    ["mdspec.config.json", '{\n  "specs": "docs/models",\n  "out": "pkg",\n}\n', "mdspec.config.json:4:1: the config is not valid JSON: expected a key in double quotes, found \"}\"."],
    ["mdspec.config.json", '{\n  "specs": "docs/models"\n  "out": "pkg"\n}\n', 'mdspec.config.json:3:3: the config is not valid JSON: expected "," or "}", found "\\"".'],
    ["mdspec.config.json", "{ specs: ", 'mdspec.config.json:1:3: the config is not valid JSON: expected a key in double quotes, found "s".'],
    ["package.json", '{ "name": "app",\n  "mdspec": { "specs": } }\n', 'package.json:2:24: the config is not valid JSON: expected a value'],
    ["mdspec.config.ts", 'export default {\n  specs: "docs/models"\n  out: "pkg",\n};\n', 'mdspec.config.ts:3:3: the config has a syntax error: Unexpected token, expected ",".'],
    ["mdspec.config.mjs", "export default {\n  specs: 'docs/models',,\n};\n", "mdspec.config.mjs:2:24: the config has a syntax error: Unexpected token."],
    ["mdspec.config.ts", '\nthrow new Error("no config today");\n', "mdspec.config.ts:2:7: the config failed to load: no config today."],
    ["mdspec.config.ts", "export default {\n  specs: docs.models,\n};\n", "mdspec.config.ts:2:10: the config failed to load: ReferenceError: docs is not defined."],
  ])("a config that does not parse or throws is named with its line and column: %s %j", (file, text, message) => {
    writeFileSync(join(work, file), text);
    const run = mdspec([], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`mdspec: ${join(work, message)}`);
    expect(run.stderr).toContain("Fix the file, or pass --no-config to ignore it.");
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(join(work, "pkg"))).toBe(false);
  });

  it("an unknown flag, with a suggestion", () => {
    const run = mdspec(["check", "--emitt", "types"], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--emit");
    const bad = mdspec(["--specs", "docs/models", "--emit", "types,schemas"], work);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--emit: unknown output "schemas"');
  });
});

describe("commands and output", () => {
  it("check exits 1 while the output is missing or stale, and 0 once generate has run", () => {
    const flags = ["--specs", "docs/models"];
    expect(mdspec(["check", ...flags], work).status).toBe(1);
    expect(mdspec(["generate", ...flags], work).status).toBe(0);
    expect(mdspec(["check", ...flags], work).status).toBe(0);
    expect(mdspec(["generate", "--check", ...flags], work).status).toBe(0);
  });

  it("--help documents the commands, every option and the config file", () => {
    const top = mdspec(["--help"], work);
    expect(top.status).toBe(0);
    for (const command of ["generate", "check", "watch"]) expect(top.stdout).toContain(command);
    const help = mdspec(["generate", "--help"], work);
    for (const text of ["--specs", "--out", "--name", "--package-version", "--emit", "--dates", "--no-prettier", "--allow-unresolved", "--config", "--format", "--quiet", "--verbose", "mdspec.config.ts", '"mdspec" key in package.json', "NO_COLOR"]) {
      expect(help.stdout).toContain(text);
    }
  });

  it("--quiet prints errors only; --verbose adds the config and timings", () => {
    const quiet = mdspec(["--specs", "docs/models", "--quiet"], work);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe("");
    rmSync(join(work, "docs/models/models/circle.md"));
    const failing = mdspec(["--specs", "docs/models", "--quiet"], work);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain("unresolved-reference");
    const verbose = mdspec(["--specs", "docs/models", "--allow-unresolved", "--verbose"], work);
    expect(verbose.stderr).toContain("Config: none found");
    expect(verbose.stderr).toMatch(/\(\d+ files, \d+\.\d+s\)/u);
  });

  it("colours only on a terminal: never when output is piped, whatever the environment", () => {
    rmSync(join(work, "docs/models/models/circle.md"));
    const piped = mdspec(["--specs", "docs/models"], work, { FORCE_COLOR: "1" });
    expect(piped.status).toBe(1);
    expect(piped.stderr).not.toContain("\u001b[");
  });

  // script(1) runs the command on a pseudo-terminal, as a user's shell would.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.skipIf(!hasScript)("colours on a terminal, unless NO_COLOR is set", () => {
    rmSync(join(work, "docs/models/models/circle.md"));
    const onTerminal = (env: string) =>
      spawnSync("script", ["-qec", `env ${env} ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} --specs docs/models`, "/dev/null"], {
        cwd: work,
        encoding: "utf8",
        timeout: 60_000,
      }).stdout;
    expect(onTerminal("NO_COLOR=")).toContain("\u001b[31merror");
    const plain = onTerminal("NO_COLOR=1");
    expect(plain).toContain("error");
    expect(plain).not.toContain("\u001b[");
  });
});
