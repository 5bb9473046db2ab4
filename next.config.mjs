const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=()",
  },
  // Heroku serves every app over HTTPS; browsers ignore this over http.
  { key: "Strict-Transport-Security", value: "max-age=31536000" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The browser stack ships native binaries and brotli archives that must
  // stay where npm put them, so the server bundle imports them at run time.
  serverExternalPackages: ["puppeteer-core", "@sparticuz/chromium", "pino"],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/api/:path*",
        headers: [
          // JSON and images only: nothing here may run or be framed.
          {
            key: "Content-Security-Policy",
            value: "default-src 'none'; frame-ancestors 'none'",
          },
        ],
      },
    ];
  },
  reactStrictMode: true,
  outputFileTracingIncludes: {
    "/**": [
      "./node_modules/@expo-google-fonts/noto-sans-*/{400Regular,700Bold}/*.ttf",
    ],
  },
};

export default nextConfig;
