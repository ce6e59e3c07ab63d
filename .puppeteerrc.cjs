// Puppeteer drives Debian's Chromium (/usr/bin/chromium, or PUPPETEER_EXECUTABLE_PATH) in the
// browser tests and the demo; it must never download a browser of its own, also where npm runs
// install scripts.
module.exports = { skipDownload: true };
