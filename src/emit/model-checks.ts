/**
 * The checks of a model as a whole, shared by its guard (model-module.ts)
 * and its validator (validators.ts): what makes a field wrong, how a large
 * object's fields are split among functions, and an enum's test.
 */
import { openEnumKinds } from "../ir/enums.js";
import type { EnumShape, Field, ObjectShape, OpenKind, UnionShape } from "../ir/types.js";
import { all, always, any, call, never, not, type Check } from "./check-tree.js";
import { check, predicate } from "./guard-code.js";
import { jsonString } from "./literal.js";
import { propertyAccess } from "./names.js";
import type { PlannedModel } from "./plan.js";
import type { ModuleScope } from "./scope.js";

/** Holds when the field is not as specified: a required key missing, or a present key with a value of another type. */
export function fieldIsWrong(field: Field, scope: ModuleScope): Check {
  const present = call(scope.runtime("hasOwn"), "value", jsonString(field.name));
  const wrongValue = not(check(field.type, propertyAccess("value", field.name), scope));
  return field.optional ? all([present, wrongValue]) : any([not(present), wrongValue]);
}

/**
 * Holds when the keys the fields do not list have values of the type the
 * spec gives them (always, when it gives none, or any value).
 */
export function otherKeysCheck(shape: ObjectShape, scope: ModuleScope): Check {
  const others = shape.additionalProperties;
  if (others === undefined || others.kind === "unknown") return always;
  return call(scope.runtime("othersAre"), "value", knownKeys(shape), predicate(others, scope));
}

/** The fields' keys, as an array literal. */
export function knownKeys(shape: ObjectShape): string {
  return `[${knownKeyLiterals(shape).join(", ")}]`;
}

/** The fields' keys as string literals. */
export function knownKeyLiterals(shape: ObjectShape): string[] {
  return shape.fields.map((field) => jsonString(field.name));
}

/** Fields a check function handles at most; a model with more is checked by one helper function per part. */
export const FIELDS_A_FUNCTION = 250;

/** The fields in parts of at most FIELDS_A_FUNCTION, evenly sized. */
export function fieldChunks(fields: readonly Field[]): Field[][] {
  const count = Math.max(1, Math.ceil(fields.length / FIELDS_A_FUNCTION));
  const size = Math.ceil(fields.length / count);
  return Array.from({ length: count }, (_, i) => fields.slice(i * size, (i + 1) * size));
}

/** Holds for the enum's values; an open enum's test is the kinds of value it admits. */
export function enumCheck(planned: PlannedModel, shape: EnumShape, scope: ModuleScope): Check {
  if (shape.open) {
    const admits = (kind: OpenKind): Check =>
      kind === "string" ? { kind: "typeof", subject: "value", type: "string" } : call(scope.runtime(kind === "integer" ? "isInteger" : "isNumber"), "value");
    return any(openEnumKinds(shape).map(admits));
  }
  return shape.values.length === 0 ? never : call(`(${planned.valuesName!} as readonly unknown[]).includes`, "value");
}

/** Whether a union admits any value (a member is `unknown`): its guard and validator then read nothing of it. */
export function admitsAnyValue(shape: UnionShape): boolean {
  return shape.members.some((member) => member.kind === "unknown");
}
