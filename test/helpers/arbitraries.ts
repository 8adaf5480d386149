/**
 * fast-check arbitraries for the values a model's checks meet: built from the
 * IR, so they follow the spec (mostly valid values), with every node
 * sometimes replaced by something else (a value of another kind, a missing
 * required key, an extra key), so that every kind of invalid value shows up.
 */
import fc from "fast-check";
import type { EnumShape, Model, TypeNode } from "../../src/ir/types.js";

export interface ArbitraryOptions {
  /** Only values JSON can carry: no Date objects, bytes, streams, undefined, NaN. */
  json?: boolean;
  /** How deep references are followed before a nested model is left out or made null. */
  depth?: number;
}

/** A value of another kind than expected, the common ways a payload goes wrong. */
const noiseJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 6 }),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 2 }),
);

const noise: fc.Arbitrary<unknown> = fc.oneof(
  noiseJson,
  fc.constant(undefined),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(new Date(Number.NaN)),
  fc.anything({ maxDepth: 2 }),
);

export function modelArbitraries(models: readonly Model[], options: ArbitraryOptions = {}): Map<string, fc.Arbitrary<unknown>> {
  const byId = new Map(models.map((m) => [m.id, m]));
  const maxDepth = options.depth ?? 3;
  const wrong = options.json ? noiseJson : noise;
  const sometimesWrong = (valid: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: wrong, weight: 1 });

  const typeArb = (type: TypeNode, depth: number): fc.Arbitrary<unknown> => {
    switch (type.kind) {
      case "string":
        return fc.string({ maxLength: 8 });
      case "integer":
        return fc.integer();
      case "number":
        return options.json ? fc.double({ noNaN: true, noDefaultInfinity: true }) : fc.double();
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "unknown":
        return options.json ? fc.jsonValue({ maxDepth: 2 }) : fc.anything({ maxDepth: 2 });
      case "literal":
        return fc.constant(type.value);
      case "array":
        return fc.array(sometimesWrong(typeArb(type.items, depth)), { maxLength: 3 });
      case "map":
        return fc.dictionary(fc.string({ maxLength: 4 }), sometimesWrong(typeArb(type.values, depth)), { maxKeys: 3 });
      case "union":
        return fc.oneof(...type.members.map((member) => typeArb(member, depth)));
      case "ref":
        return modelArb(byId.get(type.target!)!, depth + 1);
      case "date": {
        const date = fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true });
        if (type.representation === "Date" && !options.json) return fc.oneof(date, fc.constant(new Date(Number.NaN)));
        if (type.representation === "Date") return date.map((d) => d.toISOString());
        return type.format === "date" ? date.map((d) => d.toISOString().slice(0, 10)) : date.map((d) => d.toISOString());
      }
      case "binary":
        return options.json ? fc.string() : fc.uint8Array({ maxLength: 4 });
      case "stream":
        return options.json ? fc.string() : fc.constant({ async *[Symbol.asyncIterator]() {} });
    }
  };

  const enumArb = (shape: EnumShape): fc.Arbitrary<unknown> => {
    const listed = shape.values.length > 0 ? [fc.constantFrom(...shape.values)] : [];
    const others = shape.open ? [fc.string({ maxLength: 6 })] : [fc.string({ maxLength: 6 }), fc.integer()];
    return fc.oneof({ arbitrary: fc.oneof(...listed, ...others), weight: 1 }, ...listed.map((a) => ({ arbitrary: a, weight: 4 })));
  };

  const modelArb = (model: Model, depth: number): fc.Arbitrary<unknown> => {
    const shape = model.shape;
    if (shape.kind === "enum") return enumArb(shape);
    if (shape.kind === "union") return fc.oneof(...shape.members.map((member) => typeArb(member, depth)));
    // Past the depth limit, only required fields are filled, and references among them end the value.
    const fields = depth > maxDepth ? shape.fields.filter((f) => !f.optional) : shape.fields;
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      const arb = depth > maxDepth && field.type.kind === "ref" ? wrong : typeArb(field.type, depth);
      record[field.name] = sometimesWrong(arb);
    }
    const required = shape.fields.filter((f) => !f.optional).map((f) => f.name);
    const complete = fc.record(record, { requiredKeys: required.filter((k) => k in record) });
    const withExtraKey = fc.tuple(complete, fc.string({ maxLength: 4 }), wrong).map(([value, key, extra]) =>
      key in (value as object) ? value : { ...(value as object), [key]: extra },
    );
    const dropped = fc.record(record, { requiredKeys: [] });
    return fc.oneof({ arbitrary: complete, weight: 10 }, { arbitrary: withExtraKey, weight: 2 }, { arbitrary: dropped, weight: 2 });
  };

  const result = new Map<string, fc.Arbitrary<unknown>>();
  for (const model of models) result.set(model.id, sometimesWrong(modelArb(model, 0)));
  return result;
}
