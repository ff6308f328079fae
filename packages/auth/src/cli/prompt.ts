// Line prompts for the command line, over stdin/stdout. Lines are read through one buffered
// iterator, so answers piped in ahead of the questions (scripts, tests) are never lost; on a
// terminal, what is typed at a hidden prompt is not echoed.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";

export interface Prompter {
  ask(question: string): Promise<string>;
  askHidden(question: string): Promise<string>;
  close(): void;
}

export function createPrompter(
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Prompter {
  let muted = false;
  // Readline echoes typing through this stream; muting it hides a password on a terminal.
  const echo = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) output.write(chunk);
      callback();
    },
  });
  const terminal = Boolean((input as NodeJS.ReadStream).isTTY);
  const readline = createInterface({ input, output: echo, terminal });
  const lines = readline[Symbol.asyncIterator]();

  async function next(): Promise<string> {
    const line = await lines.next();
    if (line.done) throw new Error("The input ended before every question was answered.");
    return String(line.value);
  }

  return {
    async ask(question) {
      output.write(question);
      return next();
    },
    async askHidden(question) {
      output.write(question);
      muted = terminal;
      try {
        return await next();
      } finally {
        muted = false;
        if (terminal) output.write("\n");
      }
    },
    close: () => readline.close(),
  };
}
