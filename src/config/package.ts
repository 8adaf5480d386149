/**
 * The generated package's name and version, as its package.json carries
 * them: checked as npm checks them (validate-npm-package-name, the rules of
 * `npm init` and `npm publish`; SemVer 2.0.0 for the version), so that a
 * name that npm would refuse, or that Node would resolve to one of its own
 * modules (`http`), is refused before anything is written.
 */
import { basename } from "node:path";
import { requirePackage } from "../base/require-package.js";
import { ConfigError } from "./error.js";

const validateName = requirePackage("validate-npm-package-name") as typeof import("validate-npm-package-name");

/** The out folder's name, made an npm package name (lower case, URL-safe characters). */
export function defaultPackageName(out: string): string {
  return npmName(basename(out)) || "models";
}

/**
 * Throws unless `name` is a valid name for a new npm package; `where` names
 * the option for the message, `hint` says what to do.
 */
export function checkPackageName(name: string, where: string, hint = NAME_RULES): string {
  const { validForNewPackages, errors = [], warnings = [] } = validateName(name);
  if (validForNewPackages) return name;
  const fixed = npmName(name);
  const suggestion = fixed !== "" && fixed !== name && validateName(fixed).validForNewPackages ? `; did you mean "${fixed}"?` : ".";
  throw new ConfigError(
    `${where}: ${JSON.stringify(name)} is not a valid npm package name: ${[...errors, ...warnings].join("; ")}` +
      `${suggestion} ${hint}`,
  );
}

const NAME_RULES = 'A package name is lower case, made of letters, digits, "-", "." and "_", optionally scoped ("@acme/models").';

/** Throws unless `version` is a SemVer 2.0.0 version (`1.2.0`, `2.0.0-beta.1`), as npm requires. */
export function checkPackageVersion(version: string, where: string): string {
  if (SEMVER.test(version)) return version;
  throw new ConfigError(`${where}: ${JSON.stringify(version)} is not a version npm accepts; use a SemVer version such as "1.0.0" or "2.1.0-beta.1"`);
}

/** Lower case, runs of other characters than letters, digits, `.`, `_` and `-` made one `-`, no leading `.`, `_` or `-`. */
function npmName(text: string): string {
  const scoped = /^@([^/]+)\/(.+)$/u.exec(text);
  const part = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/gu, "-")
      .replace(/^[._-]+/u, "");
  if (scoped) {
    const [scope, name] = [part(scoped[1]!), part(scoped[2]!)];
    return scope !== "" && name !== "" ? `@${scope}/${name}` : "";
  }
  return part(text);
}

/** The regular expression semver.org gives for a SemVer 2.0.0 version. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/u;
