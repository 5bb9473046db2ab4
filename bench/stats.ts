/** Percentiles by the nearest-rank method; NaN for no data. */
export function getPercentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;

  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);

  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export function toPercentiles(values: readonly number[]): Percentiles {
  return {
    count: values.length,
    p50: getPercentile(values, 50),
    p95: getPercentile(values, 95),
    p99: getPercentile(values, 99),
  };
}

export interface Line {
  slope: number;
  intercept: number;
}

/** Least-squares line through (x, y) points. */
export function fitLine(points: readonly { x: number; y: number }[]): Line {
  const n = points.length;
  if (n === 0) return { slope: Number.NaN, intercept: Number.NaN };

  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const { x, y } of points) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  const slope = variance === 0 ? Number.NaN : covariance / variance;

  return { slope, intercept: meanY - slope * meanX };
}

export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;

  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
