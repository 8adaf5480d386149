/**
 * What an open enum admits besides its values: values of its values' kinds,
 * and of the kind the spec says the values it does not list are; strings
 * where it says nothing and lists nothing. Whole numbers only where the
 * spec says so (`UnrecognizedInt`) and every number it lists is one.
 * Types, guards, validators and JSON Schemas all read it from here.
 */
import type { EnumShape, OpenKind } from "./types.js";

export function openEnumKinds(shape: EnumShape): OpenKind[] {
  if (!shape.open) return [];
  const { values, openKind } = shape;
  const strings = values.some((value) => typeof value === "string") || openKind === "string" || (values.length === 0 && openKind === undefined);
  const numbers = values.some((value) => typeof value === "number") || openKind === "number" || openKind === "integer";
  const whole = openKind === "integer" && values.every((value) => typeof value === "string" || Number.isInteger(value));
  return [...(strings ? (["string"] as const) : []), ...(numbers ? [whole ? ("integer" as const) : ("number" as const)] : [])];
}
