/**
 * Go's fmt float verbs (`%.3g`, `%.2f`, `%.1f`) reproduced exactly.
 *
 * Why not `toPrecision`/`toFixed`: JavaScript rounds exact ties away from zero, Go rounds them
 * to even (strconv `shouldRoundUp`), so `HumanSizeWithPrecision(1125, 3)` is `1.12kB` in Docker
 * but `1.13kB` with `toPrecision`. We therefore expand the double to its exact decimal digits
 * (every double is a finite decimal) with BigInt and round those, as Go's `bigFtoa` does.
 */

interface Decimal {
  /** Significant digits, no leading or trailing zeros; '' means zero. */
  digits: string;
  /** Position of the decimal point relative to the first digit (Go's `dp`). */
  dp: number;
}

const view = new DataView(new ArrayBuffer(8));

/** The exact decimal value of |x| (x finite). */
function exactDecimal(x: number): Decimal {
  const abs = Math.abs(x);
  if (abs === 0) return { digits: '', dp: 0 };
  if (Number.isSafeInteger(abs)) return trim(String(abs), String(abs).length);
  view.setFloat64(0, abs);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  if (exp >= 0) {
    const s = (mant << BigInt(exp)).toString();
    return trim(s, s.length);
  }
  // mant * 2^exp = mant * 5^-exp / 10^-exp
  const s = (mant * 5n ** BigInt(-exp)).toString();
  return trim(s, s.length + exp);
}

function trim(digits: string, dp: number): Decimal {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  let start = 0;
  while (start < end && digits.charCodeAt(start) === 48) {
    start++;
    dp--;
  }
  return { digits: digits.slice(start, end), dp: start === end ? 0 : dp };
}

/** Go's decimal.Round(nd): keep nd digits, ties to even. */
function round(d: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= d.digits.length) return d;
  const next = d.digits.charCodeAt(nd) - 48;
  let up: boolean;
  if (next === 5 && nd + 1 === d.digits.length) {
    up = nd > 0 && (d.digits.charCodeAt(nd - 1) - 48) % 2 === 1;
  } else {
    up = next >= 5;
  }
  if (!up) return trim(d.digits.slice(0, nd), d.dp);
  let i = nd - 1;
  while (i >= 0 && d.digits[i] === '9') i--;
  if (i < 0) return { digits: '1', dp: d.dp + 1 };
  const bumped = d.digits.slice(0, i) + String.fromCharCode(d.digits.charCodeAt(i) + 1);
  return trim(bumped, d.dp);
}

function digitAt(d: Decimal, j: number): string {
  return j >= 0 && j < d.digits.length ? d.digits[j]! : '0';
}

function fmtF(neg: boolean, d: Decimal, prec: number): string {
  let out = neg ? '-' : '';
  if (d.dp > 0) {
    for (let j = 0; j < d.dp; j++) out += digitAt(d, j);
  } else out += '0';
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += digitAt(d, d.dp + i - 1);
  }
  return out;
}

function fmtE(neg: boolean, d: Decimal, prec: number): string {
  let out = (neg ? '-' : '') + (d.digits[0] ?? '0');
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += digitAt(d, i);
  }
  const exp = d.digits === '' ? 0 : d.dp - 1;
  const abs = Math.abs(exp);
  return `${out}e${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
}

/** Go `fmt.Sprintf("%.<prec>f", x)`. */
export function goFormatF(x: number, prec: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? '+Inf' : '-Inf';
  const d0 = exactDecimal(x);
  const d = round(d0, d0.dp + prec);
  return fmtF(x < 0 || Object.is(x, -0), d, prec);
}

/** Go `fmt.Sprintf("%.<prec>g", x)`: significant digits, trailing zeros removed. */
export function goFormatG(x: number, precision: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? '+Inf' : '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  let prec = precision === 0 ? 1 : precision;
  const d = round(exactDecimal(x), prec);
  let eprec = prec;
  const nd = d.digits.length;
  if (eprec > nd && nd >= d.dp) eprec = nd;
  const exp = d.dp - 1; // zero has dp 0, so exp -1: Go prints plain "0"
  if (exp < -4 || exp >= eprec) {
    if (prec > nd) prec = nd;
    return fmtE(neg, d, Math.max(prec - 1, 0));
  }
  if (prec > d.dp) prec = nd;
  return fmtF(neg, d, Math.max(prec - d.dp, 0));
}
