/**
 * "Company — Role": how the app names one application, on screen and to screen readers (a card's
 * and a row's accessible name, the detail's title, the palette, announcements).
 */
export function applicationName(application: { companyName: string; roleTitle: string }): string {
  return `${application.companyName} — ${application.roleTitle}`;
}
