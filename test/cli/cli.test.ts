/**
 * The command line as a user meets it: exit codes, diagnostics, --check,
 * and what a run does (and does not do) to the output folder.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import Module from "node:module";
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

  it("takes the package name from --name and its version from --package-version", () => {
    expect(mdspec(["--specs", "specs", "--out", "out", "--name", "@acme/models", "--package-version", "1.2.0-beta.1"], work).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(work, "out/package.json"), "utf8"));
    expect(manifest).toMatchObject({ name: "@acme/models", version: "1.2.0-beta.1" });
    // Without the flag, the version is 0.0.0.
    expect(mdspec(["--specs", "specs", "--out", "plain"], work).status).toBe(0);
    expect(JSON.parse(readFileSync(join(work, "plain/package.json"), "utf8")).version).toBe("0.0.0");
  });

  it("refuses a package name npm would refuse, and a version that is not SemVer, before writing anything", () => {
    const cases = [
      [["--name", "My Models"], 'mdspec: --name: "My Models" is not a valid npm package name: name can only contain URL-friendly characters; name can no longer contain capital letters; did you mean "my-models"?'],
      [["--name", "@acme/Models"], 'did you mean "@acme/models"?'],
      [["--name", "node_modules"], "node_modules is not a valid package name"],
      [["--package-version", "1.0"], 'mdspec: --package-version: "1.0" is not a version npm accepts; use a SemVer version such as "1.0.0"'],
    ] as const;
    for (const [flags, message] of cases) {
      const run = mdspec(["--specs", "specs", "--out", "out", ...flags], work);
      expect(run.stderr, flags.join(" ")).toContain(message);
      expect(run.status).toBe(2);
    }
    // A name made from the out folder is checked too: "http" is Node's own module, so an import of it would never reach the package.
    const http = mdspec(["--specs", "specs", "--out", "http"], work);
    expect(http.status).toBe(2);
    expect(http.stderr).toBe(
      `mdspec: the package name made from the out folder's name: "http" is not a valid npm package name: http is a core module name. Pass --name to choose one.\n`,
    );
    expect(readdirSync(work).sort()).toEqual(["specs"]);
  });

  it("keeps the emitter's compiled code in the cache folder, and none with --no-cache", () => {
    expect(mdspec(["--specs", "specs", "--out", "a", "--cache-dir", "cache"], work).status).toBe(0);
    const code = readdirSync(join(work, "cache/code"));
    // Node 22.1 and later keep a cache of their own there; earlier, a file for ts-morph and each bundle it loads.
    if ("enableCompileCache" in Module) expect(code.length).toBeGreaterThan(0);
    else expect(code.filter((name) => name.endsWith(".v8"))).toHaveLength(3);
    expect(mdspec(["--specs", "specs", "--out", "b", "--cache-dir", "other", "--no-cache"], work).status).toBe(0);
    expect(existsSync(join(work, "other"))).toBe(false);
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
    expect(included.stderr).toContain("Generated 1 model into");
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


  it("exits 2 with a one-line message, not a stack trace, when the output path is a file", () => {
    writeFileSync(join(work, "taken"), "a file");
    const run = mdspec(["--specs", "specs", "--out", "taken", "--no-prettier"], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^mdspec: the out folder taken is a file, not a folder \(.*\)\. Pass --out with a folder/u);
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

describe("the first mistakes: each a usage error (exit 2) that says where it looked and what to do", () => {
  it("a specs folder that does not exist: named, with the path looked at and where it was set", () => {
    const run = mdspec(["--specs", "nowhere", "--out", "out"], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `mdspec: the specs folder nowhere does not exist (looked for ${join(work, "nowhere")}). ` +
        "Pass --specs with the folder that holds the markdown model specs, such as --specs docs/models. (The specs folder is set by --specs.)\n",
    );
    // Without --specs, the message says the default was used.
    const bare = mdspec(["--no-config"], join(work, "specs"));
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain(`looked for ${join(work, "specs/specs")}`);
    expect(bare.stderr).toContain("The specs folder is the default: neither --specs nor a config file set one.");
    expect(existsSync(join(work, "out"))).toBe(false);
  });

  it("a specs folder without a spec is an error, not an empty package: it says where it looked and what a spec is", () => {
    mkdirSync(join(work, "empty/sub"), { recursive: true });
    writeFileSync(join(work, "empty/sub/notes.txt"), "not a spec");
    for (const command of ["generate", "check"]) {
      const run = mdspec([command, "--specs", "empty", "--out", "out"], work);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`mdspec: no specs in empty: no .md or .mdx file in ${join(work, "empty")} or its subfolders`);
      expect(run.stderr).toContain('one model a file with a "# Name" heading and a "## Fields" table');
      expect(run.stderr).not.toContain("Generated");
    }
    expect(existsSync(join(work, "out"))).toBe(false);
  });

  it("a mistyped command gets a suggestion, and a folder given without --specs says to use it", () => {
    for (const [args, message] of [
      [["generat"], "error: unknown command 'generat'; did you mean 'generate'?\n"],
      [["--specs", "specs", "chek"], "error: unknown command 'chek'; did you mean 'check'?\n"],
      [["generate", "specs"], "error: unexpected argument 'specs': generate takes options only; to read specs from a folder, pass it with --specs (mdspec generate --specs specs)\n"],
      [["specs"], "error: unknown command 'specs'; the commands are generate, check, watch; to read specs from a folder, pass it with --specs (mdspec generate --specs specs)\n"],
    ] as const) {
      const run = mdspec([...args], work);
      expect(run.stderr, args.join(" ")).toBe(message);
      expect(run.status).toBe(2);
    }
    expect(existsSync(join(work, "generated"))).toBe(false);
  });

  it("an out folder inside the specs folder is refused, so no run reads its own docs as specs", () => {
    const run = mdspec(["--specs", "specs", "--out", "specs/generated"], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "mdspec: the out folder specs/generated is inside the specs folder specs: the next run would read the generated docs as specs. " +
        "Pass an --out folder outside specs, such as --out generated.\n",
    );
    expect(existsSync(join(work, "specs/generated"))).toBe(false);
    // The same folder, or the specs inside the out folder (which a run replaces), is refused too.
    expect(mdspec(["--specs", "specs", "--out", "specs"], work).status).toBe(2);
    const around = mdspec(["--specs", "specs/models", "--out", "specs"], work);
    expect(around.status).toBe(2);
    expect(around.stderr).toContain("the specs folder specs/models is inside the out folder specs, which every run replaces as a whole");
    expect(readFileSync(join(work, "specs/models/user.md"), "utf8")).toBe(USER);
    // A folder the walk skips (its name starts with a dot) may hold the output.
    expect(mdspec(["--specs", "specs", "--out", "specs/.generated", "--no-prettier"], work).status).toBe(0);
    expect(mdspec(["--specs", "specs", "--out", "specs/.generated", "--no-prettier"], work).stderr).toContain("is up to date");
  });
});

describe("an out folder that is a file", () => {
  it("is refused before anything is read, and so is a folder below a file", () => {
    writeFileSync(join(work, "notes.txt"), "mine\n");
    const file = mdspec(["--specs", "specs", "--out", "notes.txt"], work);
    expect(file.status).toBe(2);
    expect(file.stderr).toBe(`mdspec: the out folder notes.txt is a file, not a folder (${join(work, "notes.txt")}). Pass --out with a folder for the generated package, such as --out generated.\n`);
    const below = mdspec(["--specs", "specs", "--out", "notes.txt/pkg"], work);
    expect(below.status).toBe(2);
    expect(below.stderr).toContain(`the out folder notes.txt/pkg would be made inside ${join(work, "notes.txt")}, which is a file`);
    expect(readFileSync(join(work, "notes.txt"), "utf8")).toBe("mine\n");
    expect(readdirSync(work).sort()).toEqual(["notes.txt", "specs"]);
  });
});

describe("output read by a program that stops early", () => {
  it("ends quietly when its reader closes the pipe (`mdspec generate --help | head -1`)", async () => {
    const child = spawn(process.execPath, [cliPath, "generate", "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Closed before the help is written, as `head` closes it after its first line.
    child.stdout.destroy();
    const status = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(status).toBe(0);
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

