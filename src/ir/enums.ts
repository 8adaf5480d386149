/**
 * What an open enum admits besides its values: any string, or any number
 * when its values are numbers; an open enum without values admits strings.
 * Types, guards, validators and JSON Schemas all read it from here.
 */
import type { EnumShape } from "./types.js";

export function openEnumKinds(shape: EnumShape): Array<"string" | "number"> {
  if (!shape.open) return [];
  const kinds = new Set(shape.values.map((value) => typeof value));
  return [...(kinds.has("string") || kinds.size === 0 ? (["string"] as const) : []), ...(kinds.has("number") ? (["number"] as const) : [])];
}
