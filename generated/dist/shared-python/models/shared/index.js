export { isCompletionTokensDetails, } from "./completiontokensdetails.js";
export { isCreateCompletionResponse, } from "./createcompletionresponse.js";
export { isCreateCompletionResponseChoices, } from "./createcompletionresponsechoices.js";
export { isCreateCompletionResponseFinishReason, createCompletionResponseFinishReasonValues, } from "./createcompletionresponsefinishreason.js";
export { isCreateCompletionResponseLogprobs, } from "./createcompletionresponselogprobs.js";
export { isCreateCompletionResponseUsage, } from "./createcompletionresponseusage.js";
export { isPromptTokensDetails } from "./prompttokensdetails.js";
