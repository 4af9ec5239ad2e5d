// Scanning a slip's QR code with the kiosk's camera, where the browser has BarcodeDetector.
// Frames never leave the page; the stream stops as soon as a code is read or the screen
// changes.

const SCAN_PERIOD_MS = 250;

/** True when this browser can scan QR codes from a camera. */
export async function canScan() {
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices?.getUserMedia) return false;
  try {
    const formats = await window.BarcodeDetector.getSupportedFormats();
    return formats.includes('qr_code');
  } catch (e) {
    return false;
  }
}

/** A scanner showing the camera in `video`; onCode(text) gets every code read. */
export class Scanner {
  constructor(video, onCode) {
    this.video = video;
    this.onCode = onCode;
    this.stream = null;
    this.timer = null;
  }

  get running() {
    return this.stream !== null;
  }

  async start() {
    if (this.running) return;
    const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    this.stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
    this.video.srcObject = this.stream;
    this.video.hidden = false;
    await this.video.play();
    this.timer = setInterval(async () => {
      if (!this.running || this.video.readyState < 2) return;
      try {
        for (const code of await detector.detect(this.video)) {
          if (this.running) this.onCode(code.rawValue);
        }
      } catch (e) {
        // a frame that could not be read: try the next one
      }
    }, SCAN_PERIOD_MS);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    this.video.srcObject = null;
    this.video.hidden = true;
  }
}
