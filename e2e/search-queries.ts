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
  tranq: ['/glossary/#xylazine', '/guides/naloxone/', '/warning-signs/overdose-signs/', '/guides/changing-drug-supply/'],
  // The pages added with issue 12, found by the words people use for them.
  'xylazine wounds': ['/guides/changing-drug-supply/', '/glossary/#xylazine'],
  'fake xanax': ['/guides/changing-drug-supply/', '/guides/benzodiazepines/', '/glossary/#bromazolam', '/glossary/#fake-pills'],
  'fake pills': ['/guides/changing-drug-supply/', '/glossary/#fake-pills'],
  medetomidine: ['/guides/changing-drug-supply/', '/glossary/#medetomidine'],
  pregnant: ['/guides/pregnancy-and-after-birth/'],
  postpartum: ['/guides/pregnancy-and-after-birth/', '/glossary/#postpartum', '/stories/new-baby-new-start/'],
  'arrested for calling 911': ['/guides/your-rights/'],
  'good samaritan': ['/guides/your-rights/', '/glossary/#good-samaritan-law'],
  gabapentin: ['/guides/mixing-other-drugs/', '/glossary/#gabapentinoids'],
  kratom: ['/guides/mixing-other-drugs/', '/glossary/#kratom'],
  'survived an overdose': ['/guides/after-an-overdose/'],
  brixadi: ['/guides/buprenorphine-restart/', '/glossary/#brixadi'],
  cpr: ['/guides/naloxone/', '/glossary/#cpr'],
  'test strips': ['/guides/restarting-after-a-break/', '/glossary/#test-strips'],
};
