import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { z } from "zod";

const familySchema = z.object({
  name: z.string(),
  help: z.string(),
  type: z.enum(["COUNTER", "GAUGE", "HISTOGRAM", "SUMMARY", "UNTYPED"]),
  metrics: z.array(
    z.object({
      value: z.string().optional(),
      labels: z.record(z.string(), z.string()).optional(),
      buckets: z.record(z.string(), z.string()).optional(),
      count: z.string().optional(),
      sum: z.string().optional(),
    }),
  ),
});

export type MetricFamily = z.infer<typeof familySchema>;

/**
 * Prometheus text, read by a published parser of the format (not ours),
 * so a test fails on output a real scraper would reject or misread.
 */
export function parseMetrics(text: string): Map<string, MetricFamily> {
  const families = z.array(familySchema).parse(parsePrometheusTextFormat(text));
  return new Map(families.map((family) => [family.name, family]));
}

/** The value of the one sample of `name` whose labels include `labels`. */
export function readSample(
  families: Map<string, MetricFamily>,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const sample = families
    .get(name)
    ?.metrics.find((metric) =>
      Object.entries(labels).every(
        ([key, value]) => metric.labels?.[key] === value,
      ),
    );

  return sample?.value === undefined ? undefined : Number(sample.value);
}
