// Extracts the Chromium that @sparticuz/chromium ships, once, before tests
// start in parallel: several processes extracting it at the same time
// would race on the same file.
import chromium from "@sparticuz/chromium";

const path = await chromium.executablePath();
console.log(`chromium ready at ${path}`);
