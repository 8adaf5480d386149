/**
 * What an open enum admits besides its values: what the spec says they are
 * (a whole number, `UnrecognizedInt`), else any string, or any number when
 * its values are numbers; an open enum without values admits strings.
 * Types, guards, validators and JSON Schemas all read it from here.
 */
import type { EnumShape } from "./types.js";

export type OpenEnumKind = "string" | "number" | "integer";

export function openEnumKinds(shape: EnumShape): OpenEnumKind[] {
  if (!shape.open) return [];
  if (shape.openKind) return [shape.openKind];
  const kinds = new Set(shape.values.map((value) => typeof value));
  return [...(kinds.has("string") || kinds.size === 0 ? (["string"] as const) : []), ...(kinds.has("number") ? (["number"] as const) : [])];
}
