// QR codes of credentials, drawn on a canvas by the qr-creator webjar (MIT, derived from
// Kazuhiko Arase's QR code generator). The version in the path is server/pom.xml's.

import QrCreator from '../../webjars/qr-creator/1.0.0/dist/qr-creator.es6.min.js';

/**
 * Appends a canvas with the QR code of `text` to `element`. Square modules, black on white,
 * error correction M (a creased or smudged slip still scans), with the standard quiet zone of
 * four modules so scanners find it next to the slip's text; drawn at `pixels` (a credential
 * is version 2: 25 + 8 modules, 8 pixels each) and scaled by CSS, so printing stays sharp.
 */
export function renderQr(element, text, pixels = 264) {
  QrCreator.render({
    text,
    radius: 0,
    ecLevel: 'M',
    fill: '#000000',
    background: '#ffffff',
    size: pixels,
    quiet: 4,
  }, element);
  return element.lastElementChild;
}
