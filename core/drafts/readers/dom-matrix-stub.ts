/**
 * pdf.js creates a `DOMMatrix` when it loads. Node has none, and in a bundle pdf.js cannot find
 * the optional native canvas package that would provide one, so this installs a small 2D affine
 * matrix when none exists. Text extraction needs no more; Factdesk never renders PDF pages.
 */
class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: readonly number[]) {
    if (init && init.length >= 6) {
      this.a = init[0] ?? 1;
      this.b = init[1] ?? 0;
      this.c = init[2] ?? 0;
      this.d = init[3] ?? 1;
      this.e = init[4] ?? 0;
      this.f = init[5] ?? 0;
    }
  }

  get is2D(): boolean {
    return true;
  }

  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  multiplySelf(other: AffineMatrix): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * other.a + c * other.b;
    this.b = b * other.a + d * other.b;
    this.c = a * other.c + c * other.d;
    this.d = b * other.c + d * other.d;
    this.e = a * other.e + c * other.f + e;
    this.f = b * other.e + d * other.f + f;
    return this;
  }

  preMultiplySelf(other: AffineMatrix): this {
    const product = new AffineMatrix([other.a, other.b, other.c, other.d, other.e, other.f]).multiplySelf(
      this,
    );
    return this.setFrom(product);
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, tx, ty]));
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new AffineMatrix([sx, 0, 0, sy, 0, 0]));
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0) return this.setFrom(new AffineMatrix([NaN, NaN, NaN, NaN, NaN, NaN]));
    const { a, b, c, d, e, f } = this;
    return this.setFrom(
      new AffineMatrix([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]),
    );
  }

  multiply(other: AffineMatrix): AffineMatrix {
    return this.copy().multiplySelf(other);
  }

  translate(tx?: number, ty?: number): AffineMatrix {
    return this.copy().translateSelf(tx, ty);
  }

  scale(sx?: number, sy?: number): AffineMatrix {
    return this.copy().scaleSelf(sx, sy);
  }

  inverse(): AffineMatrix {
    return this.copy().invertSelf();
  }

  private copy(): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }

  private setFrom(other: AffineMatrix): this {
    [this.a, this.b, this.c, this.d, this.e, this.f] = [other.a, other.b, other.c, other.d, other.e, other.f];
    return this;
  }
}

/** Installs the small matrix as `globalThis.DOMMatrix` when the runtime has none. */
export function ensureDomMatrix(): void {
  const scope = globalThis as { DOMMatrix?: unknown };
  if (typeof scope.DOMMatrix === 'undefined') scope.DOMMatrix = AffineMatrix;
}
