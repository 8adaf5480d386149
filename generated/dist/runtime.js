/**
 * Helpers shared by the generated guards. Everything here reads own
 * properties only and never throws for any input.
 */
/** Object.prototype.hasOwnProperty, kept before any model can shadow `Object`. */
const hasOwnProperty = Object.prototype.hasOwnProperty;
/** A plain object: not null, not an array. Objects without a prototype count. */
export function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** Whether `key` is an own property of `record` (inherited ones, such as `__proto__`, are not). */
export function hasOwn(record, key) {
    return hasOwnProperty.call(record, key);
}
export function isString(value) {
    return typeof value === "string";
}
/** A finite number: JSON has no NaN or Infinity. */
export function isNumber(value) {
    return typeof value === "number" && Number.isFinite(value);
}
export function isInteger(value) {
    return Number.isInteger(value);
}
export function isBoolean(value) {
    return typeof value === "boolean";
}
export function isUnknown(_value) {
    return true;
}
export function isArray(value) {
    return Array.isArray(value);
}
/** An array whose every element passes `check`. */
export function isArrayOf(value, check) {
    if (!Array.isArray(value))
        return false;
    const length = value.length;
    for (let i = 0; i < length; i++) {
        if (!check(value[i]))
            return false;
    }
    return true;
}
/** An object whose every own enumerable value passes `check`. */
export function isMapOf(value, check) {
    if (!isRecord(value))
        return false;
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
        if (!check(value[keys[i]]))
            return false;
    }
    return true;
}
/** A valid `Date` object. */
export function isDate(value) {
    return value instanceof Date && !Number.isNaN(value.getTime());
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}(:?\d{2})?)?$/;
/** An ISO 8601 calendar date, `2024-05-01`, or timestamp, `2024-05-01T12:00:00Z`. */
export function isDateOrDateTimeString(value) {
    return ((typeof value === "string" && DATE.test(value) && !Number.isNaN(Date.parse(value))) ||
        isDateTimeString(value));
}
/** An ISO 8601 timestamp, `2024-05-01T12:00:00Z`. */
export function isDateTimeString(value) {
    return (typeof value === "string" &&
        DATE_TIME.test(value) &&
        !Number.isNaN(Date.parse(value.replace(" ", "T"))));
}
export function isBinary(value) {
    if (value instanceof Uint8Array)
        return true;
    if (typeof value !== "object" || value === null)
        return false;
    const candidate = value;
    return typeof candidate.arrayBuffer === "function" || typeof candidate.getReader === "function";
}
/** An event stream; its events can only be checked as they arrive. */
export function isAsyncIterable(value) {
    return (typeof value === "object" &&
        value !== null &&
        typeof value[Symbol.asyncIterator] === "function");
}
