import { parseArgs } from "node:util";
import { readFaultControlFromEnv, readFaultsFromEnv } from "./faults";
import { startDemoUpstream } from "./server";

const usage =
  "usage: demo-upstream [--port N] [--host ADDRESS]\n" +
  "faults: DEMO_LATENCY_MS, DEMO_ERROR_RATE, DEMO_HANG, DEMO_RENAME_FIELD, " +
  "DEMO_FAULT_CONTROL=1";

/** Serves the demo third-party site alone until SIGTERM or SIGINT. */
async function runCli(): Promise<void> {
  const { port, host } = parseCommandLine(process.argv.slice(2));
  const upstream = await startDemoUpstream({
    port,
    host,
    faults: readFaultsFromEnv(process.env),
    allowFaultControl: readFaultControlFromEnv(process.env),
  });
  process.stdout.write(`demo-upstream listening on ${upstream.url}\n`);

  const stop = () => {
    void upstream.close().then(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

function parseCommandLine(args: string[]): { port: number; host: string } {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "0" },
      host: { type: "string", default: "127.0.0.1" },
    },
    strict: true,
  });
  if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) {
    throw new Error(`--port must be a number from 0 to 65535\n${usage}`);
  }

  return { port: Number(values.port), host: values.host };
}

runCli().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`demo-upstream: ${message}\n`);
  process.exit(1);
});
