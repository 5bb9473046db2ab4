/** @type {import('next').NextConfig} */
const nextConfig = {
  // The browser stack ships native binaries and brotli archives that must
  // stay where npm put them, so the server bundle imports them at run time.
  serverExternalPackages: ["puppeteer-core", "@sparticuz/chromium", "pino"],
  poweredByHeader: false,
  reactStrictMode: true,
  outputFileTracingIncludes: {
    "/**": [
      "./node_modules/@expo-google-fonts/noto-sans-*/{400Regular,700Bold}/*.ttf",
    ],
  },
};

export default nextConfig;
