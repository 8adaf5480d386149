/**
 * Names in the generated code. Spec text is untrusted: every identifier,
 * property key and path that reaches the output goes through here.
 */
import { createHash } from "node:crypto";
import { hiddenAsSpace, holdsHidden } from "../base/hidden-text.js";
import { specStem } from "../base/spec-path.js";
import { C_TYPEDEF } from "../ir/type-names.js";
import { jsonString } from "./literal.js";

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "implements interface let package private protected public static yield await async of as is type namespace " +
    "declare module get set constructor arguments eval undefined"
  ).split(" "),
);

/** An identifier, but for the joiners JavaScript allows in one, which would hide in it (base/hidden-text.ts). */
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$]*$/u;

/** Whether a name may be written bare: an identifier with no character that would hide in the code. */
const isBareName = (name: string): boolean => IDENTIFIER.test(name) && !holdsHidden(name);

/**
 * The TypeScript name of a model: its spec name when that is an identifier,
 * else its words joined in PascalCase, as are a C typedef's. The first
 * letter is upper-cased so that no model name can be a keyword or collide
 * with the camelCase names the generated code uses for itself (`rt`,
 * `value`, `isX`).
 * Returns undefined for a name with no letters or digits.
 */
export function typeName(specName: string): string | undefined {
  // The C client names a model by its typedef (`v1_owner_reference_t`): words joined by `_`. In any other name, a
  // `_` is the name's own (`Enum_TestEnumString`, `order_status`), as it always was.
  const separators = C_TYPEDEF.test(specName) ? /_+/u : /[^\p{ID_Continue}$]+/u;
  // A character that would hide in the code (a joiner, a Hangul filler, which are letters to JavaScript) parts words.
  const words = hiddenAsSpace(specName).split(separators).filter((w) => w !== "");
  if (words.length === 0) return undefined;
  let name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  if (!/^[\p{ID_Start}$_]/u.test(name)) name = `_${name}`;
  return name;
}

/** A function name for a model: `prefix` + the type name (`is` + `User` → `isUser`). */
export function guardName(type: string, prefix = "is"): string {
  return `${prefix}${type.startsWith("_") ? type.slice(1) : type}`;
}

/** `HTTPStatus` → `httpStatusValues`. */
export function valuesName(type: string): string {
  return `${camelCase(type)}Values`;
}

/** `HTTPStatus` → `httpStatusSchema`: the name of a model's Standard Schema, a constant as the values are. */
export function schemaName(type: string, suffix = "Schema"): string {
  return `${camelCase(type)}${suffix}`;
}

/**
 * A type name with its leading capitals lower-cased: `HTTPStatus` →
 * `httpStatus`, `User` → `user`. A leading underscore goes too, but where
 * the name needs it to be an identifier: `_404` → `_404`.
 */
function camelCase(type: string): string {
  const bare = type.replace(/^_+/u, "");
  const lead = /^\p{Lu}+(?=\p{Lu}\p{Ll})|^\p{Lu}+/u.exec(bare)?.[0] ?? "";
  const name = `${lead.toLowerCase()}${bare.slice(lead.length)}`;
  return /^[\p{ID_Start}$]/u.test(name) ? name : `_${name}`;
}

/** A namespace identifier for a folder: `chat-ts` → `chatTs`, `2024` → `_2024`. */
export function namespaceName(segment: string): string {
  const words = segment.split(/[^\p{ID_Continue}$]+/u).filter((w) => w !== "");
  let name = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join("");
  if (name === "" || !/^[\p{ID_Start}$_]/u.test(name)) name = `_${name}`;
  return RESERVED.has(name) ? `${name}_` : name;
}

/** A property key as written in an interface or object literal. */
export function propertyKey(name: string): string {
  return isBareName(name) ? name : jsonString(name);
}

/** Reads property `name` of `subject`. */
export function propertyAccess(subject: string, name: string): string {
  return isBareName(name) ? `${subject}.${name}` : `${subject}[${jsonString(name)}]`;
}

/**
 * A safe file name for a spec file's module: the spec path's segments, each
 * reduced to lower-case letters, digits, `-` and `_`. Specs come from a
 * directory walk, so paths have no `..`; this also keeps names portable
 * across case-insensitive file systems.
 */
export function modulePath(specFile: string): string {
  const segments = specStem(specFile).split("/");
  return segments.map(safeSegment).join("/");
}

export function safeSegment(segment: string): string {
  const safe = segment
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/gu, "-")
    .replace(/^[-.]+|-+$/gu, "");
  return withinNameLimit(safe === "" || safe === "index" || safe === "runtime" ? `${safe}_` : safe);
}

/**
 * The longest name, in bytes, a generated file is given before its extension (`.d.ts`, `.schema.json`):
 * file systems take 255 bytes a name, and a spec's name may take them all.
 */
const NAME_LIMIT = 200;

/** The name, or, where it is longer than NAME_LIMIT bytes, its start and a hash of the whole, which keeps it apart. */
export function withinNameLimit(name: string): string {
  if (Buffer.byteLength(name) <= NAME_LIMIT) return name;
  // Hex, not base/hash.ts's base64url: two file names must not differ by case alone.
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  let start = name.slice(0, NAME_LIMIT - 9);
  while (Buffer.byteLength(start) > NAME_LIMIT - 9) start = start.slice(0, -1);
  return `${start}-${hash}`;
}
