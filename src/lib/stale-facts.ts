// A deployed page is served for months after its build. Each <AsOf> carries the day its claim
// must be rechecked; once that day has passed on the reader's own clock (nothing is fetched),
// the notice beside the claim shows: "This may have changed since <month year>", with a link
// to the source. Without JavaScript the "as of" stamp stays, and the notice stays hidden.

/** Whether a claim due for a recheck on `recheck` (YYYY-MM-DD) is past due on `now`, on the reader's own calendar. */
export function isPastRecheck(recheck: string, now: Date): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(recheck);
  if (!m) return false;
  // The day after the recheck day, at local midnight: the claim was good through its recheck day.
  const dueEnd = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1);
  return now.getTime() >= dueEnd.getTime();
}

/**
 * Where to check a claim: the source it cites (inside the claim, or the marker right after it),
 * at its own address when the sources list gives one, else its entry in the list.
 */
function sourceOf(claim: HTMLElement): string | null {
  // The marker after the claim (Astro may render this script between them).
  let next = claim.nextElementSibling;
  while (next?.tagName === 'SCRIPT') next = next.nextElementSibling;
  const marker = claim.querySelector<HTMLAnchorElement>('.cite a[href^="#source-"]') ?? (next?.matches('.cite') ? next.querySelector<HTMLAnchorElement>('a[href^="#source-"]') : null);
  const id = marker?.getAttribute('href')?.slice(1);
  if (!id) return null;
  const external = claim.ownerDocument.getElementById(id)?.querySelector<HTMLAnchorElement>('a[href^="http"]');
  return external?.href ?? `#${id}`;
}

/** Shows the notice of every claim in `root` whose recheck day has passed. */
export function showStaleFacts(root: ParentNode, now: Date): void {
  root.querySelectorAll<HTMLElement>('.as-of[data-recheck]').forEach((claim) => {
    const notice = claim.querySelector<HTMLElement>('.as-of-stale');
    if (!notice || !isPastRecheck(claim.dataset.recheck ?? '', now)) return;
    const source = sourceOf(claim);
    if (source) notice.querySelector('a')?.setAttribute('href', source);
    notice.hidden = false;
  });
}
