/**
 * Where React writes a document that is sent whole: its chunks are kept in memory and joined once
 * it ends. React uses only write, end, on and destroy from its destination, so this is a plain
 * object rather than a stream.Writable: a Writable runs its buffering machinery for each of React's
 * small chunks, and React ends its destination twice, which makes a Writable build an
 * ERR_STREAM_ALREADY_FINISHED error (stack trace included) on every page.
 */
export function collectDocument(handlers: {
  onEnd: (html: Buffer<ArrayBuffer>) => void;
  onDestroy: (error: unknown) => void;
}): NodeJS.WritableStream {
  const chunks: Uint8Array[] = [];
  let finished = false;
  const destination = {
    write(chunk: Uint8Array) {
      chunks.push(chunk);
      // Always ready for more: nothing waits on a socket.
      return true;
    },
    end() {
      if (finished) return destination;
      finished = true;
      // A new buffer of its own (never a pooled slice), hence ArrayBuffer-backed.
      handlers.onEnd(Buffer.concat(chunks) as Buffer<ArrayBuffer>);
      return destination;
    },
    destroy(error?: unknown) {
      if (finished) return destination;
      finished = true;
      handlers.onDestroy(error);
      return destination;
    },
    // "drain" never comes (write never refuses) and nothing here emits "error" or "close".
    on() {
      return destination;
    },
  };
  return destination as unknown as NodeJS.WritableStream;
}
