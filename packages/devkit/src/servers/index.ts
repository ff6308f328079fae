export { startBuiltApp, type AppName, type RunningApp } from "./start-built-app";
export { startTestStack, type TestStack } from "./test-stack";
