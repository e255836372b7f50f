/**
 * A `test` that fails on any Content-Security-Policy violation the browser reports: the
 * `securitypolicyviolation` events of every page (listened to before any page script runs), the
 * console messages Chromium writes when it refuses something in a page, and the reports the
 * policies ask for (report-uri), the one way a refusal inside a Worker or its CPU threads is heard.
 * Reports travel as requests, so one sent as a test ends may come too late; what a refusal breaks
 * in a Worker (a program that cannot compile) the tests see in the program's output anyway.
 */
import { expect, test as base } from '@playwright/test';
import { cspReportPath } from '../../setup/nginx-config';

declare global {
  interface Window {
    reportCspViolation(text: string): void;
  }
}

interface ReportBody {
  'csp-report'?: Record<string, string | number | undefined>;
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page, context }, use) => {
      const violations: string[] = [];
      await context.route(`**${cspReportPath}`, (route) => {
        const report = (route.request().postDataJSON() as ReportBody)['csp-report'] ?? {};
        violations.push(
          `${report['document-uri']}: ${report['effective-directive']} refused ${report['blocked-uri'] || 'inline'} (report)`,
        );
        return route.fulfill({ status: 204 });
      });
      await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        // On window in the capture phase: every violation event of the document reaches it, whatever its target.
        window.addEventListener(
          'securitypolicyviolation',
          (e) =>
            window.reportCspViolation(
              `${location.pathname}: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
            ),
          true,
        );
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
