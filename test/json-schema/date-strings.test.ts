/**
 * What the README says of date strings, checked: the guards' runtime refuses
 * days that do not exist, and a schema with ajv-formats agrees with it but
 * for the two edges the README names.
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { jsonSchemaFiles } from "../../src/emit/json-schema.js";
import { isDateOrDateTimeString, isDateTimeString } from "../../templates/runtime.js";

/** The schemas the emitter gives a `[date]` and a `datetime` field, taken from a package made of one model. */
async function dateSchemas(): Promise<{ date: object; dateTime: object }> {
  const { buildModels, parseSpecs } = await import("../../src/run/stages.js");
  const { planPackage } = await import("../../src/emit/plan.js");
  const { DEFAULT_NAMING } = await import("../../src/emit/options.js");
  const spec = [
    "# Stamp",
    "",
    "## Fields",
    "",
    "| Field | Type | Required | Description |",
    "| ----- | ---- | -------- | ----------- |",
    "| `day` | [date](https://docs.python.org/3/library/datetime.html#date-objects) | :heavy_check_mark: | N/A |",
    "| `at` | [datetime](https://docs.python.org/3/library/datetime.html#datetime-objects) | :heavy_check_mark: | N/A |",
    "",
  ].join("\n");
  const { documents } = parseSpecs([{ file: "stamp.md", bytes: new TextEncoder().encode(spec) }]);
  const { resolved } = buildModels(documents);
  const { plan } = planPackage(resolved, DEFAULT_NAMING);
  const [text] = jsonSchemaFiles(plan).values();
  const schema = JSON.parse(text!) as { properties: { day: object; at: object } };
  return { date: schema.properties.day, dateTime: schema.properties.at };
}

const { date, dateTime } = await dateSchemas();
const withFormats = new Ajv2020.default({ strict: true });
addFormats.default(withFormats);
const patternOnly = new Ajv2020.default({ strict: true, validateFormats: false });
const schemaTakes = (ajv: typeof withFormats, schema: object, value: string) => ajv.validate(schema, value);

describe("date strings", () => {
  it("a day that does not exist is refused by the guard and by a schema with formats", () => {
    for (const value of ["2024-02-30", "2023-02-29", "2024-04-31"]) {
      expect(isDateOrDateTimeString(value), value).toBe(false);
      expect(schemaTakes(withFormats, date, value), value).toBe(false);
    }
    for (const value of ["2024-02-30T12:00:00Z", "2023-02-29T00:00:00Z"]) {
      expect(isDateTimeString(value), value).toBe(false);
      expect(schemaTakes(withFormats, dateTime, value), value).toBe(false);
    }
    expect(isDateOrDateTimeString("2024-02-29")).toBe(true);
    expect(schemaTakes(withFormats, date, "2024-02-29")).toBe(true);
    // Without format checks, only the pattern applies.
    expect(schemaTakes(patternOnly, date, "2024-02-30")).toBe(true);
  });

  it("the two edges where they differ: no seconds or zone (the guard takes it), a leap second (the schema takes it)", () => {
    expect(isDateTimeString("2024-05-01T12:00")).toBe(true);
    expect(schemaTakes(withFormats, dateTime, "2024-05-01T12:00")).toBe(false);
    expect(isDateTimeString("2024-12-31T23:59:60Z")).toBe(false);
    expect(schemaTakes(withFormats, dateTime, "2024-12-31T23:59:60Z")).toBe(true);
    expect(isDateTimeString("2024-05-01T12:00:00Z")).toBe(true);
    expect(schemaTakes(withFormats, dateTime, "2024-05-01T12:00:00Z")).toBe(true);
  });
});
