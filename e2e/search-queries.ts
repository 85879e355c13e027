// The queries readers really type, and the pages that must come back in the top three.
// Each query lists the pages that count as the right answer.
export const QUERIES: Record<string, string[]> = {
  subs: ['/guides/buprenorphine-restart/', '/glossary/#buprenorphine'],
  bupe: ['/guides/buprenorphine-restart/', '/glossary/#buprenorphine'],
  suboxone: ['/guides/buprenorphine-restart/', '/glossary/#buprenorphine'],
  narcan: ['/guides/naloxone/', '/glossary/#naloxone'],
  'dope sick': ['/guides/opioid-withdrawal/', '/glossary/#withdrawal'],
  vivitrol: ['/guides/naltrexone/', '/glossary/#naltrexone'],
  'xanax and fentanyl': ['/guides/benzodiazepines/'],
  'missed methadone': ['/guides/methadone-restart/'],
  'just got out of jail': ['/guides/leaving-jail-detox-or-hospital/', '/stories/first-two-weeks-out/'],
  tranq: ['/glossary/#xylazine', '/guides/naloxone/', '/warning-signs/overdose-signs/'],
  'test strips': ['/guides/restarting-after-a-break/', '/glossary/#test-strips'],
};
