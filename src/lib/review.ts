// Review dates: a page past its review date shows a notice; the build warns but never fails on time alone.
export function isOverdue(nextReview: Date, today: Date = new Date()): boolean {
  return nextReview.getTime() < startOfUtcDay(today).getTime();
}

export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

const FORMAT = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatDate(d: Date): string {
  return FORMAT.format(d);
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
