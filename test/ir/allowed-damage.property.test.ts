/**
 * What --allow-unresolved lets a run go past stays where it is: a field
 * whose type cell names a type no dialect knows, does not parse, or was cut
 * by a `|`, is typed unknown, and nothing else of its model changes. The
 * other fields keep their types, every field keeps its name, description
 * and place, and a row of extra keys stays the model's other keys.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Field, Model } from "../../src/ir/types.js";
import type { SpecFile } from "../../src/read/specs-folder.js";
import { buildModels, parseSpecs } from "../../src/run/stages.js";
import { modelNames, modelSet, specMarkdown, type ModelSpec } from "../helpers/spec-arbitraries.js";

/** Ways a type cell is damaged in real folders; `readable` where the cell still parses, only a name in it unknown. */
const DAMAGES = {
  "unknown name": { cell: (wrapped: (inner: string) => string) => wrapped("List[flaot]"), readable: true },
  "does not parse": { cell: (wrapped: (inner: string) => string) => `${wrapped("str")}]]`, readable: false },
  "cut by a pipe": { cell: () => "Foo[ | bar", readable: false },
} as const;

type Damage = keyof typeof DAMAGES;

const damage = fc.option(fc.constantFrom(...(Object.keys(DAMAGES) as Damage[])), { freq: 2 });

/** The set's object models get a row of extra keys, whose value type may be damaged too. */
interface Case {
  models: ModelSpec[];
  /** Per model, per row (its fields, then the extra-keys row): the damage done to its type cell, if any. */
  damages: Array<Array<Damage | null>>;
  extraKeys: boolean[];
}

const cases: fc.Arbitrary<Case> = modelSet.chain((models) =>
  fc.record({
    models: fc.constant(models),
    damages: fc.tuple(...models.map((model) => fc.array(damage, { minLength: rows(model), maxLength: rows(model) }))),
    extraKeys: fc.array(fc.boolean(), { minLength: models.length, maxLength: models.length }),
  }),
);

function rows(model: ModelSpec): number {
  return model.kind === "object" ? model.fields.length + 1 : 0;
}

/** The set's spec files, with each row's type cell damaged as `damages` says (none when `damages` is undefined). */
function files({ models, damages, extraKeys }: Case, damaged: boolean): SpecFile[] {
  const names = modelNames(models);
  return models.map((model, i) => {
    let text = specMarkdown(model, i, names);
    if (model.kind === "object") {
      const lines = text.split("\n");
      const first = lines.indexOf("| --- | --- | --- | --- |") + 1;
      model.fields.forEach((field, j) => {
        const how = damaged ? damages[i]![j] : null;
        if (!how) return;
        const wrapped = (inner: string) => (field.wrapper === "" ? inner : `${field.wrapper}[${inner}]`);
        const required = field.required ? ":heavy_check_mark:" : ":heavy_minus_sign:";
        lines[first + j] = `| \`${field.name}\` | ${DAMAGES[how].cell(wrapped)} | ${required} | ${field.description} |`;
      });
      if (extraKeys[i]) {
        const how = damaged ? damages[i]![model.fields.length] : null;
        const values = how ? DAMAGES[how].cell((inner) => `Dict[str, ${inner}]`) : "Dict[str, int]";
        lines.splice(first + model.fields.length, 0, `| \`__pydantic_extra__\` | ${values} | :heavy_minus_sign: | N/A |`);
      }
      text = lines.join("\n");
    }
    return { file: `models/m${i}.md`, bytes: new TextEncoder().encode(text) };
  });
}

function built(specs: SpecFile[]) {
  const parsed = parseSpecs(specs, { allowUnresolved: true });
  const { resolved, diagnostics } = buildModels(parsed.documents, { pages: parsed.pages, allowUnresolved: true });
  return { models: resolved.models, diagnostics: [...parsed.diagnostics, ...diagnostics] };
}

/** A value without its source positions, which the damage moves within its row. */
function withoutPositions(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, inner: unknown) => (key === "at" ? undefined : inner)));
}

function objectFields(model: Model): { fields: Field[]; extraKeys: boolean } {
  expect(model.shape.kind).toBe("object");
  if (model.shape.kind !== "object") throw new Error("not an object");
  return { fields: model.shape.fields, extraKeys: model.shape.additionalProperties !== undefined };
}

describe("damage that --allow-unresolved allows", () => {
  it("types the damaged cell unknown and leaves the rest of its model as it was", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const whole = built(files(c, false));
        const damaged = built(files(c, true));
        const allowed = new Set(["unknown-type-allowed", "unparsable-type-allowed"]);
        const before = new Set(whole.diagnostics.map((d) => d.rule));
        expect(damaged.diagnostics.map((d) => d.rule).filter((rule) => !before.has(rule) && !allowed.has(rule))).toEqual([]);
        expect(damaged.models.map((m) => m.id)).toEqual(whole.models.map((m) => m.id));
        c.models.forEach((spec, i) => {
          const [was, is] = [whole.models.find((m) => m.id === `models/m${i}`)!, damaged.models.find((m) => m.id === `models/m${i}`)!];
          if (spec.kind !== "object") {
            expect(withoutPositions(is.shape)).toEqual(withoutPositions(was.shape));
            return;
          }
          const [before, after] = [objectFields(was), objectFields(is)];
          expect(after.extraKeys).toBe(before.extraKeys);
          expect(after.fields.map((f) => [f.name, f.description])).toEqual(before.fields.map((f) => [f.name, f.description]));
          after.fields.forEach((field, j) => {
            const how = c.damages[i]![j];
            if (!how) expect(withoutPositions(field)).toEqual(withoutPositions(before.fields[j]));
            // A cell that cannot be read says nothing of a wrapper (`OptionalNullable[...]`) that made the key optional.
            else {
              expect(JSON.stringify(field.type)).toContain('"unknown"');
              expect(field.optional).toBe(DAMAGES[how].readable ? before.fields[j]!.optional : !spec.fields[j]!.required);
            }
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
