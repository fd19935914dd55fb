import { ValidationError } from '../errors.js';
import { insightTold } from '../labels/insight-words.js';

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * The standard normal quantile (inverse CDF), by Acklam's rational approximation (relative error
 * below 1.2e-9), so any confidence level can be asked for without a statistics library.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1))
    throw new ValidationError(`A probability must lie strictly between 0 and 1, not ${p}.`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const tail = (q: number) =>
    (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  const low = 0.02425;
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}

/**
 * The Wilson score interval for a proportion `count / of`. Unlike the textbook p ± z·se it stays within
 * 0–1 and behaves well for small counts and shares near 0 or 1 (Brown, Cai & DasGupta 2001), which is
 * exactly where caseload and workforce figures for smaller groups sit.
 */
export function wilsonInterval(count: number, of: number, confidence = 0.95): Interval {
  if (!(confidence > 0 && confidence < 1)) {
    const { message, told } = insightTold('confidenceRange', { value: String(confidence) });
    throw new ValidationError(message, [], { told });
  }
  if (!Number.isInteger(count) || !Number.isInteger(of) || count < 0 || of <= 0 || count > of) {
    const { message, told } = insightTold('wilsonCounts', { count: String(count), of: String(of) });
    throw new ValidationError(message, [], { told });
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const share = count / of;
  const z2n = (z * z) / of;
  const centre = (share + z2n / 2) / (1 + z2n);
  const halfWidth = (z / (1 + z2n)) * Math.sqrt((share * (1 - share)) / of + (z * z) / (4 * of * of));
  return { lower: Math.max(0, centre - halfWidth), upper: Math.min(1, centre + halfWidth) };
}
