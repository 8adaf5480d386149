/**
 * An independent reading of what a model means, straight from the IR: the
 * semantics the README documents, written without the generated code or the
 * package's runtime. Property tests hold every generated guard to it.
 *
 * - Objects: not null, not arrays; required keys are own properties; a
 *   present key (own, even with the value `undefined`) must have its type;
 *   other own enumerable keys, the type the spec gives them, if any.
 * - `integer`: an integer; `number`: a finite number.
 * - Maps: every own enumerable key's value has the type.
 * - Enums: one of the values; open enums also any string (or finite number,
 *   if the values are numbers).
 * - Dates: a valid Date object, or a string: for `date-time` a timestamp
 *   (a day that exists, a time of day and offset in range), for
 *   `date-or-date-time` such a timestamp or a bare day that exists.
 * - Recursion: a value met again by the same model while it is being
 *   checked is accepted, so cyclic values end.
 */
import type { EnumShape, Model, TypeNode } from "../../src/ir/types.js";

export class ReferenceGuard {
  private readonly models: Map<string, Model>;
  /** Per model, the objects it is checking right now. */
  private readonly checking = new Map<string, Set<object>>();

  constructor(models: readonly Model[]) {
    this.models = new Map(models.map((m) => [m.id, m]));
  }

  accepts(modelId: string, value: unknown): boolean {
    const model = this.models.get(modelId)!;
    const inProgress = this.checking.get(modelId) ?? new Set<object>();
    this.checking.set(modelId, inProgress);
    const tracked = typeof value === "object" && value !== null;
    if (tracked && inProgress.has(value)) return true;
    if (tracked) inProgress.add(value);
    try {
      return this.shapeAccepts(model, value);
    } finally {
      if (tracked) inProgress.delete(value);
    }
  }

  private shapeAccepts(model: Model, value: unknown): boolean {
    const shape = model.shape;
    switch (shape.kind) {
      case "object":
        if (!isPlainObject(value)) return false;
        if (shape.additionalProperties) {
          const listed = new Set(shape.fields.map((field) => field.name));
          const others = Object.keys(value).filter((key) => !listed.has(key));
          if (!others.every((key) => this.matches(shape.additionalProperties!, value[key]))) return false;
        }
        return shape.fields.every((field) =>
          Object.prototype.hasOwnProperty.call(value, field.name) ? this.matches(field.type, value[field.name]) : field.optional,
        );
      case "enum":
        return enumAccepts(shape, value);
      case "union":
        return shape.members.some((member) => this.matches(member, value));
    }
  }

  matches(type: TypeNode, value: unknown): boolean {
    switch (type.kind) {
      case "string":
        return typeof value === "string";
      case "number":
        return typeof value === "number" && Number.isFinite(value);
      case "integer":
        return typeof value === "number" && Number.isInteger(value);
      case "boolean":
        return value === true || value === false;
      case "null":
        return value === null;
      case "unknown":
        return true;
      case "literal":
        return value === type.value;
      case "array":
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!this.matches(type.items, value[i])) return false;
        return true;
      case "map":
        return isPlainObject(value) && Object.keys(value).every((key) => this.matches(type.values, value[key]));
      case "union":
        return type.members.some((member) => this.matches(member, value));
      case "ref":
        return this.accepts(type.target!, value);
      case "date":
        if (type.representation === "Date") return value instanceof Date && !Number.isNaN(value.valueOf());
        if (typeof value !== "string") return false;
        return type.format === "date-time" ? isTimestamp(value) : isDay(value) || isTimestamp(value);
      case "binary":
        return (
          value instanceof Uint8Array ||
          (typeof value === "object" && value !== null && ["arrayBuffer", "getReader"].some((m) => typeof (value as Record<string, unknown>)[m] === "function"))
        );
      case "stream":
        return typeof value === "object" && value !== null && typeof (value as Record<symbol, unknown>)[Symbol.asyncIterator] === "function";
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function enumAccepts(shape: EnumShape, value: unknown): boolean {
  if (shape.values.some((v) => v === value)) return true;
  if (!shape.open) return false;
  const hasNumbers = shape.values.some((v) => typeof v === "number");
  const hasStrings = shape.values.some((v) => typeof v === "string");
  if (typeof value === "string") return hasStrings || !hasNumbers;
  return hasNumbers && typeof value === "number" && Number.isFinite(value);
}

/** `YYYY-MM-DD` naming a day that exists, checked by letting Date roll it over. */
function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  return match !== null && dayExists(Number(match[1]), Number(match[2]), Number(match[3]));
}

function dayExists(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY-MM-DD(T| )hh:mm[:ss[.fff]][Z|±hh[[:]mm]]` with every part in range. */
function isTimestamp(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(:(\d{2})(\.\d+)?)?([Zz]|([+-])(\d{2})(:?(\d{2}))?)?$/u.exec(text);
  if (!match || !dayExists(Number(match[1]), Number(match[2]), Number(match[3]))) return false;
  const inRange = (part: string | undefined, max: number) => part === undefined || Number(part) <= max;
  return inRange(match[4], 23) && inRange(match[5], 59) && inRange(match[7], 59) && inRange(match[11], 23) && inRange(match[13], 59);
}
