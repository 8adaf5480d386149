export {
  type ChatCompletionChoice,
  isChatCompletionChoice,
  validateChatCompletionChoice,
  assertChatCompletionChoice,
} from "./chatcompletionchoice.js";
export {
  type ChatCompletionContentPartText,
  isChatCompletionContentPartText,
  validateChatCompletionContentPartText,
  assertChatCompletionContentPartText,
} from "./chatcompletioncontentparttext.js";
export {
  type ChatCompletionMessage,
  isChatCompletionMessage,
  validateChatCompletionMessage,
  assertChatCompletionMessage,
} from "./chatcompletionmessage.js";
export {
  type ChatCompletionResponse,
  isChatCompletionResponse,
  validateChatCompletionResponse,
  assertChatCompletionResponse,
} from "./chatcompletionresponse.js";
export {
  type CompletionUsage,
  isCompletionUsage,
  validateCompletionUsage,
  assertCompletionUsage,
} from "./completionusage.js";
export { type Content, isContent, validateContent, assertContent } from "./content.js";
export {
  type FinishReason,
  isFinishReason,
  validateFinishReason,
  assertFinishReason,
  finishReasonValues,
} from "./finishreason.js";
export {
  type FunctionCall,
  isFunctionCall,
  validateFunctionCall,
  assertFunctionCall,
} from "./functioncall.js";
export {
  type PromptTokensDetails,
  isPromptTokensDetails,
  validatePromptTokensDetails,
  assertPromptTokensDetails,
} from "./prompttokensdetails.js";
export { type Role, isRole, validateRole, assertRole, roleValues } from "./role.js";
export { type ToolCall, isToolCall, validateToolCall, assertToolCall } from "./toolcall.js";
