import { createServer } from "node:net";

/**
 * A loopback port nobody listens on, asked of the kernel, for the servers
 * that tests and the benchmark start (Redis, the app, nginx). Another
 * process could take it before it is used; on loopback that is rare.
 */
export function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("the kernel gave no port")),
      );
    });
  });
}
