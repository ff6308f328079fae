/**
 * Where React writes a document that is sent whole: its chunks are kept in memory and joined once
 * it ends. React uses only write, end, on and destroy from its destination, so this is a plain
 * object rather than a stream.Writable: a Writable runs its buffering machinery for each of React's
 * small chunks, and React ends its destination twice, which makes a Writable build an
 * ERR_STREAM_ALREADY_FINISHED error (stack trace included) on every page.
 *
 * React's Node renderer is patched (patches/react-dom@18.3.1.patch) to write each flush as one
 * string: the document is then encoded to UTF-8 once, here. Byte chunks (from an unpatched
 * renderer) are accepted too.
 */
export function collectDocument(handlers: {
  onEnd: (html: Buffer<ArrayBuffer>) => void;
  onDestroy: (error: unknown) => void;
}): NodeJS.WritableStream {
  const chunks: (string | Uint8Array)[] = [];
  let finished = false;
  const destination = {
    write(chunk: string | Uint8Array) {
      chunks.push(chunk);
      // Always ready for more: nothing waits on a socket.
      return true;
    },
    end() {
      if (finished) return destination;
      finished = true;
      handlers.onEnd(joinChunks(chunks));
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

/** The document's bytes, in a buffer of its own (never a pooled slice), hence ArrayBuffer-backed. */
function joinChunks(chunks: readonly (string | Uint8Array)[]): Buffer<ArrayBuffer> {
  if (chunks.every((chunk) => typeof chunk === "string")) {
    const text = chunks.join("");
    const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
    bytes.write(text);
    return bytes as Buffer<ArrayBuffer>;
  }
  const views = chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk));
  return Buffer.concat(views) as Buffer<ArrayBuffer>;
}
