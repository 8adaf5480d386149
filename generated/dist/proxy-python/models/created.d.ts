/** The Unix timestamp (in seconds) of when the chat completion was created. */
export type Created = string | number;
/** Whether `value` is a {@link Created}. */
export declare function isCreated(value: unknown): value is Created;
