/**
 * A field typed by thousands of literals (an API's list of codes, written
 * inline) makes a package like any other: its guard looks the values up in
 * a list, where a chain of `===` that long was too deep for prettier to print.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/run/generate.js";
import { fieldsSpec, specFolder } from "../helpers/spec-folder.js";

describe("a field of 2,000 literal values", () => {
  it("is generated, formatted, and checked exactly", async () => {
    const values = Array.from({ length: 2000 }, (_, i) => `"v${i}"`);
    const folder = specFolder({ "models/usage.md": fieldsSpec("Usage", [["code", `*Optional[Literal[${values.join(", ")}]]*`, false]]) });
    try {
      const out = join(folder.root, "out");
      const result = await generate({ specs: folder.specs, out, packageName: "p", cache: false });
      expect(result.diagnostics).toEqual([]);
      expect(readFileSync(join(out, "src/models/usage.ts"), "utf8")).toContain("] as readonly unknown[]\n      ).includes(value.code)");
      const { isUsage, validateUsage } = (await import(pathToFileURL(join(out, "dist/models/usage.js")).href)) as Record<string, (value: unknown) => unknown>;
      expect(isUsage!({ code: "v1999" })).toBe(true);
      expect(isUsage!({})).toBe(true);
      expect(isUsage!({ code: "v2000" })).toBe(false);
      expect(validateUsage!({ code: "v2000" })).toHaveLength(1);
    } finally {
      folder.remove();
    }
  });
});
