// Debian's Firefox ESR for the widget's browser tests, driven by puppeteer-core over
// WebDriver BiDi: never a downloaded browser (full puppeteer and Playwright's Firefox
// both download one). The preferences keep it off the network, which this machine and
// CI do not have.
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const offline = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

/**
 * web-test-runner's puppeteer launcher (@web/test-runner-chrome takes any puppeteer)
 * handed puppeteer-core and Firefox: the launcher @web/test-runner-puppeteer would
 * give, without the browser download that package brings.
 */
export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox: offline },
  });
}
