// A plain Node ESM program that imports the generated package by its name.
import { chatTs, isChatCompletionResponse, roleValues } from "generated";

const response = JSON.parse(process.argv[2] ?? "{}");
const result = {
  isChatCompletionResponse: isChatCompletionResponse(response),
  isChoices: chatTs.models.components.isChoices(response),
  roleValues,
};
process.stdout.write(JSON.stringify(result));
