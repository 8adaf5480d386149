/** Every file below a folder with its content: to prove a folder is byte for byte as it was, or as expected. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export function folderSnapshot(dir: string, encoding: "utf8" | "base64" = "base64"): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string, prefix: string): void => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = readFileSync(full, encoding);
    }
  };
  walk(dir, "");
  return files;
}
