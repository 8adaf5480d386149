/**
 * The code cache loads a CommonJS package as Node's loader does, keeps V8's
 * code of it between processes, and never runs code that is no longer on
 * disk. Each case runs in a fresh process, as a run saves the cache when
 * it is done and the next reads it as it starts.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";

const codeCache = pathToFileURL(join(import.meta.dirname, "../../dist/base/code-cache.js")).href;
const nodeCachesItself = "enableCompileCache" in (await import("node:module")).default;

let work: string;
let cache: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "mdspec-code-cache-"));
  cache = join(work, "cache");
  // A package whose main file requires a bundle beside it, as ts-morph requires the TypeScript compiler.
  const pkg = join(work, "node_modules/bundle");
  mkdirSync(join(pkg, "dist"), { recursive: true });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "bundle", main: "dist/main.js" }));
  writeFileSync(join(pkg, "dist/inner.js"), 'exports.answer = () => "forty-two";\n');
  writeFileSync(
    join(pkg, "dist/main.js"),
    [
      "#!/usr/bin/env node",
      'const inner = require("./inner");',
      "module.exports = {",
      "  answer: inner.answer(),",
      "  filename: __filename,",
      "  dirname: __dirname,",
      "  thisIsExports: this === module.exports,",
      '  sameInner: inner === require("./inner.js"),',
      "  paths: module.paths.length > 0,",
      "};",
      "",
    ].join("\n"),
  );
});

/** Requires the package in a new process, with the cache enabled unless `cached` is false; its exports as JSON. */
function load(cached = true): Record<string, unknown> {
  const script = [
    `import { enableCodeCache, requireBundle, saveCodeCache } from ${JSON.stringify(codeCache)};`,
    `import { createRequire } from "node:module";`,
    cached ? `enableCodeCache(${JSON.stringify(cache)});` : "",
    `const from = ${JSON.stringify(pathToFileURL(join(work, "main.mjs")).href)};`,
    `const loaded = requireBundle(from, "bundle", ["./inner.js"]);`,
    `const again = createRequire(from)("bundle");`,
    `saveCodeCache();`,
    `console.log(JSON.stringify({ ...loaded, sameModule: loaded === again }));`,
  ].join("\n");
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(child.stderr).toBe("");
  return JSON.parse(child.stdout) as Record<string, unknown>;
}

const stores = () => readdirSync(cache).filter((name) => name.endsWith(".v8"));

describe.skipIf(nodeCachesItself)("requireBundle with the code cache (Node before 22.1)", () => {
  it("loads the package as Node would, and is the module Node's require returns after it", () => {
    const expected = {
      answer: "forty-two",
      filename: join(work, "node_modules/bundle/dist/main.js"),
      dirname: join(work, "node_modules/bundle/dist"),
      thisIsExports: true,
      sameInner: true,
      paths: true,
      sameModule: true,
    };
    expect(load(false)).toEqual(expected);
    expect(load()).toEqual(expected);
    expect(load()).toEqual(expected);
  });

  it("keeps V8's code of the main file and the bundled ones, and leaves a cache V8 accepts as it is", () => {
    load();
    expect(stores().sort()).toEqual([expect.stringMatching(/^inner\.js-.*\.v8$/u), expect.stringMatching(/^main\.js-.*\.v8$/u)]);
    const written = stores().map((name) => statSync(join(cache, name)).mtimeMs);
    load();
    expect(stores().map((name) => statSync(join(cache, name)).mtimeMs)).toEqual(written);
  });

  it("runs the file as it is now after it changed, even to text of the same length", () => {
    expect(load().answer).toBe("forty-two");
    const inner = join(work, "node_modules/bundle/dist/inner.js");
    writeFileSync(inner, readFileSync(inner, "utf8").replace("forty-two", "forty-six"));
    expect(load().answer).toBe("forty-six");
    expect(load().answer).toBe("forty-six");
  });

  it("loads the package from its file when the cache is damaged, and replaces the cache", () => {
    load();
    const [store] = stores().filter((name) => name.startsWith("main.js-"));
    const path = join(cache, store!);
    const bytes = readFileSync(path);
    const newline = bytes.indexOf(10);
    writeFileSync(path, Buffer.concat([bytes.subarray(0, newline + 1), Buffer.alloc(bytes.length - newline - 1, 7)]));
    expect(load().answer).toBe("forty-two");
    expect(readFileSync(path).subarray(newline + 1).every((byte) => byte === 7)).toBe(false);
    expect(load().answer).toBe("forty-two");
  });

  it("does not use a cache someone else could have written, and replaces it with its own", () => {
    load();
    const [store] = stores().filter((name) => name.startsWith("main.js-"));
    const path = join(cache, store!);
    chmodSync(path, 0o666);
    expect(load().answer).toBe("forty-two");
    expect(statSync(path).mode & 0o777).toBe(0o644);
  });

  it("removes the caches of the bundle's copies at other paths when it saves one, and no other", () => {
    mkdirSync(cache, { recursive: true });
    for (const name of ["main.js-elsewhere.v8", "inner.js-elsewhere.v8", "other.js-elsewhere.v8"]) writeFileSync(join(cache, name), "x\n");
    load();
    expect(stores().filter((name) => name.includes("elsewhere"))).toEqual(["other.js-elsewhere.v8"]);
    expect(stores()).toHaveLength(3);
  });

  it("saves nothing when the cache is not enabled", () => {
    load(false);
    expect(() => readdirSync(cache)).toThrow();
  });
});

describe("the pool's workers", () => {
  it("load the emitter through the run's code cache, and save it once a task has run", () => {
    const pool = pathToFileURL(join(import.meta.dirname, "../../dist/pool/pool.js")).href;
    const script = [
      `import { enableCodeCache } from ${JSON.stringify(codeCache)};`,
      `import { WorkPool } from ${JSON.stringify(pool)};`,
      `enableCodeCache(${JSON.stringify(cache)});`,
      // This thread never loads the emitter: what is saved, a worker saved.
      `const work = new WorkPool({ threads: 2 });`,
      `work.warmUpFor(10_000);`,
      `const emitted = [];`,
      `await work.sources([["a", "export const a = 1;\\n"]], true, (module) => emitted.push(module));`,
      `await work.close();`,
      `console.log(JSON.stringify(emitted.map((module) => module.timings.inWorker)));`,
    ].join("\n");
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout)).toEqual([true]);
    const saved = readdirSync(cache);
    if (nodeCachesItself) expect(saved.length).toBeGreaterThan(0);
    else expect(saved.filter((name) => /^(typescript|ts-morph-common|ts-morph)\.js-.*\.v8$/u.test(name))).toHaveLength(3);
  }, 60_000);
});
