// Is Redis answering? One PING over a short-lived connection, in Redis's own protocol: a client
// library would keep reconnecting (and logging) in the background, which a probe must not do.
import net from "node:net";
import tls from "node:tls";

/**
 * Resolves when the server at `url` answers PONG (after AUTH when the URL has credentials);
 * rejects with a short reason otherwise or after `timeoutMs`.
 *
 * @param {string} url        redis://[user:password@]host[:port][/db] or rediss://...
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<void>}
 */
export function pingRedis(url, { timeoutMs = 2_000 } = {}) {
  const target = new URL(url);
  const port = Number(target.port || 6379);
  const host = target.hostname;
  const password = decodeURIComponent(target.password);
  const user = decodeURIComponent(target.username);
  /** @type {string[]} */
  const commands = [];
  if (password) commands.push(command(user ? ["AUTH", user, password] : ["AUTH", password]));
  commands.push(command(["PING"]));
  return new Promise((resolve, reject) => {
    const socket =
      target.protocol === "rediss:"
        ? tls.connect({ host, port, servername: host })
        : net.connect({ host, port });
    let received = "";
    const finish = (/** @type {Error | undefined} */ error) => {
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => finish(new Error("no answer")), timeoutMs);
    socket.once("error", (error) =>
      finish(new Error(/** @type {NodeJS.ErrnoException} */ (error).code ?? "error")),
    );
    socket.once(target.protocol === "rediss:" ? "secureConnect" : "connect", () =>
      socket.write(commands.join("")),
    );
    socket.on("data", (chunk) => {
      received += chunk.toString("utf8");
      const replies = received.split("\r\n").filter(Boolean);
      // Errors (-ERR, -NOAUTH, -WRONGPASS) never echo the password: they are safe to report.
      const failure = replies.find((reply) => reply.startsWith("-"));
      if (failure) finish(new Error(failure.slice(1).split(" ")[0]));
      else if (replies.length >= commands.length && replies.at(-1) === "+PONG") finish(undefined);
    });
  });
}

/**
 * @param {string[]} parts
 * @returns {string}
 */
function command(parts) {
  return `*${parts.length}\r\n${parts.map((part) => `$${Buffer.byteLength(part)}\r\n${part}\r\n`).join("")}`;
}
