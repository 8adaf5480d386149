/**
 * Values for a model, drawn so that a guard has something to decide: mostly
 * of the right shape, with near misses mixed in (a missing key, a key set to
 * undefined, NaN for a number, February 30th for a date, a `__proto__` own
 * key, a cycle back to the object itself) and now and then anything at all.
 */
import fc from "fast-check";
import type { Model, TypeNode } from "../../src/ir/types.js";

/** How many references deep values are built before they stop at a leaf. */
const MAX_DEPTH = 3;

export function modelValue(model: Model, models: ReadonlyMap<string, Model>, depth = 0): fc.Arbitrary<unknown> {
  const shape = model.shape;
  switch (shape.kind) {
    case "object": {
      const entries = shape.fields.map((field) =>
        fc.oneof(
          { weight: 6, arbitrary: typeValue(field.type, models, depth).map((value) => ({ key: field.name, present: true, value })) },
          { weight: 1, arbitrary: fc.constant({ key: field.name, present: false, value: undefined }) },
          { weight: 1, arbitrary: fc.constant({ key: field.name, present: true, value: undefined }) },
          { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }).map((value) => ({ key: field.name, present: true, value })) },
        ),
      );
      const extra = fc.array(fc.tuple(fc.constantFrom("extra", "__proto__", "constructor"), fc.anything({ maxDepth: 0 })), { maxLength: 2 });
      const build = fc.record({
        entries: fc.tuple(...entries),
        extra,
        bare: fc.boolean(),
        // Points one field back at the object itself, making the value cyclic.
        loop: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
      });
      const objects = build.map(({ entries, extra, bare, loop }) => {
        const object: Record<string, unknown> = bare ? (Object.create(null) as Record<string, unknown>) : {};
        for (const [key, value] of extra) define(object, key, value);
        for (const entry of entries) if (entry.present) define(object, entry.key, entry.value);
        if (loop !== null && entries.length > 0) define(object, entries[loop % entries.length]!.key, object);
        return object;
      });
      return fc.oneof({ weight: 8, arbitrary: objects }, { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) });
    }
    case "enum": {
      const known = shape.values.length > 0 ? [fc.constantFrom(...shape.values)] : [];
      return fc.oneof(...known, ...known, fc.string({ maxLength: 3 }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(Number.NaN, 0.5, null));
    }
    case "union":
      return fc.oneof(...shape.members.map((member) => typeValue(member, models, depth)), fc.anything({ maxDepth: 1 }));
  }
}

export function typeValue(type: TypeNode, models: ReadonlyMap<string, Model>, depth: number): fc.Arbitrary<unknown> {
  switch (type.kind) {
    case "string":
      return fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(1, null));
    case "number":
    case "integer":
      return fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2.5, "1"));
    case "boolean":
      return fc.oneof(fc.boolean(), fc.constantFrom(0, 1, "true"));
    case "null":
      return fc.constantFrom(null, undefined, 0);
    case "unknown":
      return fc.anything({ maxDepth: 1 });
    case "literal":
      return fc.oneof(fc.constant(type.value), fc.constantFrom("a", "", 1, 0, true, false, null));
    case "array":
      return fc.oneof(
        { weight: 4, arbitrary: fc.array(typeValue(type.items, models, depth), { maxLength: 3 }) },
        { weight: 1, arbitrary: fc.constantFrom({ length: 0 }, "[]", null) },
      );
    case "map": {
      const pairs = fc.array(fc.tuple(fc.constantFrom("a", "b", "__proto__", "constructor"), typeValue(type.values, models, depth)), { maxLength: 3 });
      return fc.oneof(
        { weight: 4, arbitrary: pairs.map((entries) => Object.fromEntries(entries)) },
        { weight: 1, arbitrary: pairs.map((entries) => entries.reduce<Record<string, unknown>>((object, [key, value]) => define(object, key, value), {})) },
        { weight: 1, arbitrary: fc.constantFrom([], null, "map") },
      );
    }
    case "union":
      return fc.oneof(...type.members.map((member) => typeValue(member, models, depth)));
    case "ref":
      return depth >= MAX_DEPTH ? fc.constantFrom(null, {}, []) : modelValue(models.get(type.target!)!, models, depth + 1);
    case "date":
      if (type.representation === "Date") return fc.oneof(fc.date({ noInvalidDate: false }), fc.constantFrom("2024-05-01", 0));
      // A date-or-date-time field takes either, so both kinds of text are tried on it.
      return type.format === "date-time" ? timestampText : fc.oneof(dayText, timestampText);
    case "binary":
      return fc.constantFrom(new Uint8Array(2), { arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) }, { getReader: () => ({}) }, {}, "bytes", null);
    case "stream":
      return fc.constantFrom({ [Symbol.asyncIterator]: () => ({}) }, {}, [], null, "events");
  }
}

/** Sets an own property, even `__proto__`, as JSON.parse would. */
function define(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Days that exist, days that do not (2023-02-29, month 13) and text that is no day at all. */
const dayText: fc.Arbitrary<unknown> = fc.oneof(
  fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.string({ maxLength: 10 }),
  fc.constant(20240501),
);

const timestampText: fc.Arbitrary<unknown> = fc.oneof(
  fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .tuple(
      dayText.filter((d): d is string => typeof d === "string" && d.length === 10),
      fc.constantFrom("T", "t", " ", "_"),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.option(fc.integer({ min: 0, max: 61 })),
      fc.constantFrom("", "Z", "z", "+01:00", "-0530", "+24:00", "+05", "+01:60"),
    )
    .map(([day, sep, h, m, s, zone]) => `${day}${sep}${pad(h, 2)}:${pad(m, 2)}${s === null ? "" : `:${pad(s, 2)}`}${zone}`),
  fc.string({ maxLength: 10 }),
);
