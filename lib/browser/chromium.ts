import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser } from "puppeteer-core";
import { lowerBrowserPriority } from "./lower-priority";
import { getOwnerArg } from "./orphans";

/**
 * Flags of @sparticuz/chromium that we must not keep. --single-process and
 * --no-zygote crash the browser on a second context; the others switch off
 * web security, and this browser visits a stranger's site with attendees'
 * data.
 */
const droppedFlags = new Set([
  "--single-process",
  "--no-zygote",
  "--disable-web-security",
  "--allow-running-insecure-content",
  "--disable-site-isolation-trials",
]);

/** Quiet flags: this machine (and a dyno) has no business calling Google. */
const extraFlags = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
  "--mute-audio",
];

let executable: Promise<string> | undefined;

/**
 * The Chromium binary: CHROMIUM_PATH, else the bundled one. Extraction of
 * the bundled binary is memoised so two first launches cannot race it.
 */
export function getExecutablePath(override: string | undefined) {
  if (override) return Promise.resolve(override);

  chromium.setGraphicsMode = false;
  executable ??= chromium.executablePath().catch((error: unknown) => {
    executable = undefined;
    throw error;
  });

  return executable;
}

export function getChromiumArgs(): string[] {
  return [
    ...chromium.args.filter(
      (flag) => !droppedFlags.has(flag.split("=")[0] ?? ""),
    ),
    ...extraFlags,
    getOwnerArg(),
  ];
}

export async function launchChromium(options: {
  executablePath: string | undefined;
}): Promise<Browser> {
  const [executablePath, fontconfigDir] = await Promise.all([
    getExecutablePath(options.executablePath),
    getFontconfigDir(),
  ]);

  const browser = await puppeteer.launch({
    executablePath,
    args: getChromiumArgs(),
    headless: "shell",
    // Pipes, not a WebSocket: no TCP, framing or masking for each message.
    pipe: true,
    defaultViewport: { width: 900, height: 1000 },
    env: { ...process.env, FONTCONFIG_PATH: fontconfigDir },
    // The service decides when the browser goes; see lib/lifecycle.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    protocolTimeout: 60_000,
  });
  const pid = browser.process()?.pid;
  if (pid) await lowerBrowserPriority(pid);
  // The blank first tab holds a renderer (11-20 MB) that nothing uses.
  for (const page of await browser.pages()) await page.close();

  return browser;
}

let fontconfig: Promise<string> | undefined;

/**
 * The bundled binary ships Latin fonts only. Attendees write their names
 * in Chinese, Japanese, Korean, Arabic and Cyrillic too, so fontconfig is
 * pointed at Noto fonts that come from the npm registry.
 */
function getFontconfigDir(): Promise<string> {
  fontconfig ??= writeFontconfig();
  return fontconfig;
}

async function writeFontconfig(): Promise<string> {
  const dir = join(tmpdir(), "rsvp-gateway-fontconfig");
  const fontDirs = ["sc", "jp", "kr", "arabic"].flatMap((script) =>
    ["400Regular", "700Bold"].map((weight) =>
      join(
        process.cwd(),
        "node_modules/@expo-google-fonts",
        `noto-sans-${script}`,
        weight,
      ),
    ),
  );
  const dirs = [join(tmpdir(), "fonts"), ...fontDirs]
    .map((path) => `  <dir>${path}</dir>`)
    .join("\n");
  const conf =
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n` +
    `<fontconfig>\n${dirs}\n  <cachedir>${join(dir, "cache")}</cachedir>\n` +
    `</fontconfig>\n`;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "fonts.conf"), conf);

  return dir;
}
