/**
 * A model's TypeScript name is PascalCase whatever the spec calls it, and
 * never a keyword or a name the generated code takes for itself.
 */
import { describe, expect, it } from "vitest";
import { guardName, typeName } from "../../src/emit/names.js";

describe("typeName", () => {
  it("keeps an identifier, its first letter upper-cased", () => {
    expect(["Pet", "pet", "HTTPStatus", "Enum_TestEnumString", "class"].map(typeName)).toEqual(["Pet", "Pet", "HTTPStatus", "Enum_TestEnumString", "Class"]);
  });

  it("joins the words of a C typedef, by which the C client names models, and keeps another name's `_`", () => {
    expect(["v1_owner_reference_t", "ord_status_t", "pet_t"].map(typeName)).toEqual(["V1OwnerReferenceT", "OrdStatusT", "PetT"]);
    expect(guardName(typeName("v1_owner_reference_t")!)).toBe("isV1OwnerReferenceT");
    expect(["order_status", "api_key", "V1_pod_t"].map(typeName)).toEqual(["Order_status", "Api_key", "V1_pod_t"]);
  });

  it("joins the words of a name that is no identifier, and has none without letters or digits", () => {
    expect(["order item", "2fa-settings", "---"].map(typeName)).toEqual(["OrderItem", "_2faSettings", undefined]);
  });
});
