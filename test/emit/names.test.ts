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

  it("joins the words of a snake-case name, as the C client names models by their typedef", () => {
    expect(["v1_owner_reference_t", "api_key", "v1beta1_device_class"].map(typeName)).toEqual(["V1OwnerReferenceT", "ApiKey", "V1beta1DeviceClass"]);
    expect(guardName(typeName("v1_owner_reference_t")!)).toBe("isV1OwnerReferenceT");
  });

  it("joins the words of a name that is no identifier, and has none without letters or digits", () => {
    expect(["order item", "2fa-settings", "---"].map(typeName)).toEqual(["OrderItem", "_2faSettings", undefined]);
  });
});
