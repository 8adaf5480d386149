export { type CompletionTokensDetails, isCompletionTokensDetails, } from "./completiontokensdetails.js";
export { type CreateCompletionResponse, isCreateCompletionResponse, } from "./createcompletionresponse.js";
export { type CreateCompletionResponseChoices, isCreateCompletionResponseChoices, } from "./createcompletionresponsechoices.js";
export { type CreateCompletionResponseFinishReason, isCreateCompletionResponseFinishReason, createCompletionResponseFinishReasonValues, } from "./createcompletionresponsefinishreason.js";
export { type CreateCompletionResponseLogprobs, isCreateCompletionResponseLogprobs, } from "./createcompletionresponselogprobs.js";
export { type CreateCompletionResponseUsage, isCreateCompletionResponseUsage, } from "./createcompletionresponseusage.js";
export { type PromptTokensDetails, isPromptTokensDetails } from "./prompttokensdetails.js";
