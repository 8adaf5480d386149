/**
 * How an example's keys name a model's fields. TypeScript SDK docs name a
 * field in camelCase, while an Example cell holds the API's JSON, in its own
 * keys: `"upstream_inference_cost": null` for the field `upstreamInferenceCost`.
 */

/** Whether an example's key is the field's: the same name, or the snake_case key the field camel-cases. */
export function isKeyOf(field: string, key: string): boolean {
  return field === key || (key.includes("_") && field === key.replace(/_+([\p{Ll}\p{N}])/gu, (_, next: string) => next.toUpperCase()));
}
