/**
 * The pipeline's direction of travel, checked on the sources: each stage
 * imports only the stages before it (read → parse → ir → resolve → emit →
 * write, with the shared vocabulary below them and the shells above), and no
 * module imports itself back through others.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseSync } from "oxc-parser";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

/** The layers from the bottom up; a module may import its own layer and those below. */
const LAYERS: readonly (readonly string[])[] = [
  ["base"],
  ["diagnostics"],
  ["read"],
  ["parse"],
  ["ir"],
  ["resolve"],
  ["emit"],
  ["write"],
  ["cache", "pool"],
  ["config"],
  ["run"],
  ["cli"],
  ["index.ts"],
];

function layerOf(file: string): number {
  const top = file.split("/")[0]!;
  const layer = LAYERS.findIndex((names) => names.includes(top));
  if (layer === -1) throw new Error(`${file} is in no layer: add its folder to LAYERS`);
  return layer;
}

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [relative(SRC, path).replaceAll("\\", "/")] : [];
  });
}

/** The source files a module imports, statically or dynamically, type-only imports included. */
function importsOf(file: string): string[] {
  const code = readFileSync(join(SRC, file), "utf8");
  const { module } = parseSync(file, code, { lang: "ts", sourceType: "module" });
  const specifiers = [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) => e.entries.flatMap((entry) => (entry.moduleRequest ? [entry.moduleRequest.value] : []))),
    ...module.dynamicImports.map((i) => code.slice(i.moduleRequest.start, i.moduleRequest.end).replace(/^["'`]|["'`]$/gu, "")),
  ];
  return [...new Set(specifiers)]
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => relative(SRC, resolve(SRC, dirname(file), specifier)).replaceAll("\\", "/").replace(/\.js$/u, ".ts"));
}

const files = sources(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe("the import structure of src/", () => {
  it("places every module in a layer, and every import it makes resolves to a module", () => {
    for (const [file, imports] of graph) {
      layerOf(file);
      for (const target of imports) expect(files, `${file} imports ${target}`).toContain(target);
    }
  });

  it("never imports a later stage", () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      imports.filter((target) => layerOf(target) > layerOf(file)).map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it("has no cycles", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...path.slice(path.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "open");
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
