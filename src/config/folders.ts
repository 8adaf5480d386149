/**
 * The specs and out folders, checked before a run reads anything: the specs
 * folder must exist and hold specs, and neither folder may lie inside the
 * other. A mistake here is a usage error (the CLI exits 2) that says which
 * folder was looked at and what to pass instead.
 */
import { realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { ConfigError } from "./error.js";

/** What a specs folder is expected to hold, for messages about one that holds nothing. */
const WHAT_SPECS_ARE =
  'mdspec reads markdown model specs, one model a file with a "# Name" heading and a "## Fields" table ' +
  "(SDK generators write them under docs/models)";

/** A specs folder that is missing, a file, or holds no spec; the CLI adds where the folder was set. */
export class SpecsFolderError extends ConfigError {}

/** Throws unless `specs` is a folder and `out` is a folder, or none yet, neither it, nor inside it, nor around it. */
export function checkFolders(specs: string, out: string): void {
  let stats;
  try {
    stats = statSync(specs);
  } catch {
    throw new SpecsFolderError(
      `the specs folder ${shown(specs)} does not exist (looked for ${resolve(specs)}). ` +
        `Pass --specs with the folder that holds the markdown model specs, such as --specs docs/models.`,
    );
  }
  if (!stats.isDirectory()) {
    throw new SpecsFolderError(
      `the specs folder ${shown(specs)} is a file, not a folder (${resolve(specs)}). ` +
        `Pass --specs with the folder that holds the markdown model specs.`,
    );
  }
  checkOutFolder(out);
  const specsPath = real(specs);
  const outPath = real(out);
  if (outPath === specsPath || isInside(outPath, specsPath, { asWalked: true })) {
    throw new ConfigError(
      `the out folder ${shown(out)} is inside the specs folder ${shown(specs)}: the next run would read the generated ` +
        `docs as specs. Pass an --out folder outside ${shown(specs)}, such as --out ${shown(resolve(specs, "..", "generated"))}.`,
    );
  }
  if (isInside(specsPath, outPath)) {
    throw new ConfigError(
      `the specs folder ${shown(specs)} is inside the out folder ${shown(out)}, which every run replaces as a whole. ` +
        `Pass an --out folder that does not hold the specs.`,
    );
  }
}

/** Throws where `out`, or a folder it would be made in, is a file. */
function checkOutFolder(out: string): void {
  for (let path = resolve(out); ; path = resolve(path, "..")) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      if (path === resolve(path, "..")) return;
      continue; // Not there yet: the run makes it.
    }
    if (stats.isDirectory()) return;
    const where = path === resolve(out) ? `the out folder ${shown(out)} is a file` : `the out folder ${shown(out)} would be made inside ${path}, which is a file`;
    throw new ConfigError(`${where}, not a folder (${path}). Pass --out with a folder for the generated package, such as --out generated.`);
  }
}

/** The error for a specs folder in which no spec was found. */
export function noSpecsError(specs: string): SpecsFolderError {
  return new SpecsFolderError(
    `no specs in ${shown(specs)}: no .md or .mdx file in ${resolve(specs)} or its subfolders ` +
      `(folders whose names start with "." and node_modules are skipped). ${WHAT_SPECS_ARE}; ` +
      `pass --specs with the folder that holds them.`,
  );
}

/**
 * Whether `path` lies inside `folder`; `asWalked`: where the specs walk
 * reads, which skips folders whose names start with a dot, and node_modules.
 */
function isInside(path: string, folder: string, { asWalked = false } = {}): boolean {
  const rest = relative(folder, path);
  if (rest === "" || rest === ".." || rest.startsWith(`..${sep}`) || isAbsolute(rest)) return false;
  return !asWalked || !rest.split(/[\\/]/u).some((part) => part.startsWith(".") || part === "node_modules");
}

/** The path with symbolic links resolved as far as it exists, so two names for one folder compare equal. */
function real(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = resolve(absolute, "..");
    return parent === absolute ? absolute : resolve(real(parent), relative(parent, absolute));
  }
}

/** A folder as messages name it: relative to the working directory, as the user typed it. */
function shown(path: string): string {
  return relative(process.cwd(), resolve(path)) || ".";
}
