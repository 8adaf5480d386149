import { type CreateCompletionFinishReason } from "./createcompletionfinishreason.js";
/** CreateCompletionChoices */
export interface CreateCompletionChoices {
    /** The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence, `length` if the maximum number of tokens specified in the request was reached, or `content_filter` if content was omitted due to a flag from our content filters. */
    finish_reason: CreateCompletionFinishReason;
    /** The index of the choice in the list of choices. */
    index: number;
    /** The generated completion text. */
    text: string;
    /** The mean log probability of the generated tokens, when log probabilities were requested. */
    logprobs?: number | null;
}
/** Whether `value` is a {@link CreateCompletionChoices}. */
export declare function isCreateCompletionChoices(value: unknown): value is CreateCompletionChoices;
