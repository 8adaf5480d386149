/**
 * An object's fields as a guard reads them: every key holds an unknown
 * value. The members every object inherits are named here too, so that a
 * field called `constructor` or `toString` is not typed as the inherited
 * method.
 */
export type Fields = {
	readonly [key: string]: unknown;
	readonly constructor: unknown;
	readonly toString: unknown;
	readonly toLocaleString: unknown;
	readonly valueOf: unknown;
	readonly hasOwnProperty: unknown;
	readonly isPrototypeOf: unknown;
	readonly propertyIsEnumerable: unknown;
};
/** A plain object: not null, not an array. Objects without a prototype count. */
export declare function isRecord(value: unknown): value is Fields;
/** Whether `key` is an own property of `record` (inherited ones, such as `__proto__`, are not). */
export declare function hasOwn(record: Fields, key: string): boolean;
export declare function isString(value: unknown): value is string;
/** A finite number: JSON has no NaN or Infinity. */
export declare function isNumber(value: unknown): value is number;
export declare function isInteger(value: unknown): value is number;
export declare function isBoolean(value: unknown): value is boolean;
export declare function isUnknown(_value: unknown): _value is unknown;
export declare function isArray(value: unknown): value is unknown[];
/** An array whose every element passes `check`. */
export declare function isArrayOf<T>(value: unknown, check: (item: unknown) => item is T): value is T[];
/** An object whose every own enumerable value passes `check`. */
export declare function isMapOf<T>(value: unknown, check: (item: unknown) => item is T): value is Record<string, T>;
/** A valid `Date` object. */
/** Whether every own enumerable key of `record` that `known` does not list holds a value that passes `check`. */
export declare function othersAre(record: Fields, known: readonly string[], check: (item: unknown) => boolean): boolean;
export declare function isDate(value: unknown): value is Date;
/** An ISO 8601 calendar date, `2024-05-01`, or timestamp, `2024-05-01T12:00:00Z`. */
export declare function isDateOrDateTimeString(value: unknown): value is string;
/** An ISO 8601 timestamp, `2024-05-01T12:00:00Z`: a real date, hours 0–23, minutes and seconds 0–59. */
export declare function isDateTimeString(value: unknown): value is string;
/** What a Blob or File offers; declared here so the package needs no DOM types. */
export interface BlobLike {
	readonly size: number;
	readonly type: string;
	arrayBuffer(): Promise<ArrayBuffer>;
}
/** What a ReadableStream offers; declared here so the package needs no DOM types. */
export interface ReadableStreamLike<T> {
	getReader(): {
		read(): Promise<{
			done: boolean;
			value?: T;
		}>;
	};
}
/** File contents: bytes, a Blob or File, or a stream of bytes. */
export type Binary = Uint8Array | BlobLike | ReadableStreamLike<Uint8Array>;
export declare function isBinary(value: unknown): value is Binary;
/** An event stream; its events can only be checked as they arrive. */
export declare function isAsyncIterable(value: unknown): value is AsyncIterable<unknown>;
