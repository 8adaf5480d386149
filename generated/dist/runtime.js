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
	if (!Array.isArray(value)) return false;
	const length = value.length;
	for (let i = 0; i < length; i++) {
		if (!check(value[i])) return false;
	}
	return true;
}
/** An object whose every own enumerable value passes `check`. */
export function isMapOf(value, check) {
	if (!isRecord(value)) return false;
	const keys = Object.keys(value);
	for (let i = 0; i < keys.length; i++) {
		if (!check(value[keys[i]])) return false;
	}
	return true;
}
/** A valid `Date` object. */
/** Whether every own enumerable key of `record` that `known` does not list holds a value that passes `check`. */
export function othersAre(record, known, check) {
	const keys = Object.keys(record);
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i];
		if (!known.includes(key) && !check(record[key])) return false;
	}
	return true;
}
export function isDate(value) {
	return value instanceof Date && !Number.isNaN(value.getTime());
}
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)?$/;
/** Whether the day exists in that month of that year (no February 30th). */
function isCalendarDate(year, month, day) {
	if (month < 1 || month > 12 || day < 1) return false;
	const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
	const days = [
		31,
		leap ? 29 : 28,
		31,
		30,
		31,
		30,
		31,
		31,
		30,
		31,
		30,
		31
	][month - 1];
	return day <= days;
}
/** An ISO 8601 calendar date, `2024-05-01`, or timestamp, `2024-05-01T12:00:00Z`. */
export function isDateOrDateTimeString(value) {
	if (typeof value !== "string") return false;
	const parts = DATE.exec(value);
	if (parts === null) return isDateTimeString(value);
	return isCalendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
}
/** An ISO 8601 timestamp, `2024-05-01T12:00:00Z`: a real date, hours 0–23, minutes and seconds 0–59. */
export function isDateTimeString(value) {
	if (typeof value !== "string") return false;
	const parts = DATE_TIME.exec(value);
	if (parts === null || !isCalendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3]))) return false;
	const [hours = 0, minutes = 0, seconds = 0, offsetHours = 0, offsetMinutes = 0] = parts.slice(4).map((part) => part === undefined ? 0 : Number(part));
	return hours <= 23 && minutes <= 59 && seconds <= 59 && offsetHours <= 23 && offsetMinutes <= 59;
}
export function isBinary(value) {
	if (value instanceof Uint8Array) return true;
	if (typeof value !== "object" || value === null) return false;
	const candidate = value;
	return typeof candidate.arrayBuffer === "function" || typeof candidate.getReader === "function";
}
/** An event stream; its events can only be checked as they arrive. */
export function isAsyncIterable(value) {
	return typeof value === "object" && value !== null && typeof value[Symbol.asyncIterator] === "function";
}
