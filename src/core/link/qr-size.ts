// How big a QR code of a URL must be drawn to scan from an ordinary screen: the code's version follows from
// the URL's length (byte mode, error correction L: the capacities of ISO/IEC 18004 table 7), and every module
// gets at least 4 device pixels, with the 4-module quiet zone the standard asks for around it.

/** Bytes a byte-mode QR code of version 1…40 holds at error correction level L. */
const BYTE_CAPACITY_L = [
  17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858, 929, 1003,
  1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303, 2431, 2563, 2699, 2809, 2953,
] as const;

export const QR_QUIET_ZONE_MODULES = 4;
export const QR_MIN_PIXELS_PER_MODULE = 4;
/** Beyond this version phones struggle with a code on a screen: say so and offer a shorter link. */
export const QR_COMFORTABLE_MAX_VERSION = 25;

export interface QrPlan {
  version: number;
  /** modules per side, without the quiet zone */
  modules: number;
  /** CSS pixels per side at device pixel ratio 1, quiet zone included */
  sizePx: number;
  /** version above QR_COMFORTABLE_MAX_VERSION */
  hardToScan: boolean;
}

/** The QR code for `byteLength` bytes of text, or undefined when no QR code can hold it. */
export function planQrCode(byteLength: number): QrPlan | undefined {
  const index = BYTE_CAPACITY_L.findIndex((capacity) => capacity >= byteLength);
  if (index < 0) return undefined;
  const version = index + 1;
  const modules = 17 + 4 * version;
  return {
    version,
    modules,
    sizePx: (modules + 2 * QR_QUIET_ZONE_MODULES) * QR_MIN_PIXELS_PER_MODULE,
    hardToScan: version > QR_COMFORTABLE_MAX_VERSION,
  };
}
