// Every word the tolerance explainer shows, one table per language (server only: the browser
// never loads this file). A new language is one more object of the same shape: the type makes
// a missing string a type error, and tolerance-model.test.ts checks that every English string
// has a translation and that each language passes the safety rules.
//
// Safety rules (content-style.md, facts.md "Claims to handle carefully"), in every language:
// no dose, no percentage, never "safe" ("seguro") about using, and never a time in which
// tolerance is lost. The only times are the measured risk windows (tolerance-model.ts WINDOWS),
// and a sentence may name one of them or tolerance, never both. Spanish: usted, neutral words,
// person-first ("En español" in content-style.md). Links go to pages in the same language.
// The sources behind each situation are the same in every language: see SOURCES in
// tolerance-model.ts.
import type { Lang } from '../i18n/lang';
import type { SituationId } from './tolerance-state';

export interface Link { href: string; text: string }

export interface SafetyStep {
  text: string;
  /** A helpline in content/helplines.yaml, rendered by the page after `text`: never a typed number. */
  helpline?: string;
  /** Show only the helpline's number (911), not its name. */
  numberOnly?: boolean;
  /** Text after the helpline. */
  after?: string;
}

export interface SituationText {
  /** The radio button's label. */
  label: string;
  /** Words on the picture: under the last use, under the event, under the window. */
  marks: { lastUse: string; event?: string; window?: string };
  /** The picture's marks in words, for its text alternative. */
  described: string;
  /** What the shading shows, or why there is none: the picture's legend. */
  shading: string;
  /** The risk for this situation, for the message. */
  says: string;
  /** What the research found, for "What each situation means". */
  found: string;
  /** Restarting treatment (MOUD) for this situation: guides in the same language. */
  restart: readonly Link[];
}

export interface ToleranceText {
  situations: Readonly<Record<SituationId, SituationText>>;
  /** Words inside the band, one line each. */
  bandLabel: readonly string[];
  /** Fixed words on the picture. */
  chartLabels: { note: string; before: string; yAxis: string; time: string };
  /** What the band means: the same in every state. */
  tolerance: string;
  /** The legend beside the band's swatch. */
  bandLegend: string;
  /** The picture's text alternative, before the situation's marks (ends with a space). */
  chartText: string;
  /** The words in "What each situation means", before the situations. */
  detailsIntro: string;
  /** Safety steps: the same for every situation. */
  safety: readonly SafetyStep[];
  /** The component's own words (ToleranceExplainer.astro). */
  ui: {
    heading: string;
    intro: string;
    /** Shown without JavaScript; names `details`. */
    noscript: string;
    /** The situations' legend. */
    question: string;
    /** Before the restart links in the message. */
    restartLead: string;
    /** Before the safety steps. */
    safetyLead: string;
    /** The guide with more on each safety step. */
    more: Link;
    /** The summary of "What each situation means". */
    details: string;
    /** Before a situation's sources: for one source, and for more. */
    from: { one: string; many: string };
  };
}

const en: ToleranceText = {
  situations: {
    prison: {
      label: 'Left jail or prison',
      marks: { lastUse: 'Last use', event: 'You get out', window: 'First 2 weeks out' },
      described: 'A line marks when you get out. A shaded strip covers the first 2 weeks after that.',
      shading: 'Shaded: the first 2 weeks after release. Studies found that overdose deaths were highest then.',
      says: 'If you got out in the last 2 weeks, you are in the time when overdose deaths were highest in studies. After that, the risk is still higher than usual.',
      found: 'For people leaving prison, overdose deaths were highest in the first 2 weeks out. They stayed higher than usual in the weeks after that.',
      restart: [{ href: '/guides/leaving-jail-detox-or-hospital/', text: 'Getting treatment in the first weeks out' }],
    },
    treatment: {
      label: 'Left detox, rehab or a hospital stay',
      marks: { lastUse: 'Last use', event: 'You leave', window: 'First 4 weeks out' },
      described: 'A line marks when you leave. A shaded strip covers the first 4 weeks after that.',
      shading: 'Shaded: the first 4 weeks after a hospital stay. One study found many more drug deaths then.',
      says: 'If you left a hospital in the last 4 weeks, you are in a time when one study found many more drug deaths. People have also died of overdose in the months after leaving detox.',
      found: 'In Scotland, people in drug treatment had many more drug deaths in the 4 weeks after leaving a hospital than people who were not admitted. In a small study of inpatient detox, 3 people died of overdose within 4 months of leaving. Most of them had finished detox.',
      restart: [{ href: '/guides/leaving-jail-detox-or-hospital/', text: 'Starting treatment after detox or the hospital' }],
    },
    moud: {
      label: 'Stopped methadone or buprenorphine',
      marks: { lastUse: 'Last dose', window: 'First 4 weeks' },
      described: 'A shaded strip covers the first 4 weeks after your last dose.',
      shading: 'Shaded: the first 4 weeks after stopping. Studies found many more deaths then than in treatment.',
      says: 'If you stopped in the last 4 weeks, you are in a time when studies found many more deaths. After that, the risk is still higher than in treatment.',
      found: 'Deaths go up in the first weeks after people stop methadone or buprenorphine. Out of treatment, they stay higher than in treatment.',
      restart: [
        { href: '/guides/buprenorphine-restart/', text: 'Going back on buprenorphine' },
        { href: '/guides/methadone-restart/', text: 'Going back to methadone' },
      ],
    },
    naltrexone: {
      label: 'Naltrexone wore off or was stopped',
      marks: { lastUse: 'Last use', event: 'Naltrexone wears off', window: 'After it wears off' },
      described: 'A line marks when naltrexone wears off. A shaded strip starts there and has no end.',
      shading: 'Shaded: after naltrexone wears off or you stop it. Deadly overdoses have happened then. No end to this time has been measured.',
      says: 'Naltrexone blocks opioids while it works. As it wears off, or after you stop it, your body may react to smaller amounts than before. Deadly overdoses have happened at this time.',
      found: 'As naltrexone wears off, or after people stop it, the body may react to smaller amounts than before. Deadly overdoses have happened at this time. In Australia, death records showed a high death rate after people stopped naltrexone pills.',
      restart: [
        { href: '/guides/naltrexone/', text: 'Naltrexone and Vivitrol: starting again' },
        { href: '/guides/moud-compared/', text: 'How methadone, buprenorphine and naltrexone compare' },
      ],
    },
    own: {
      label: 'Took a break on my own',
      marks: { lastUse: 'Last use' },
      described: 'Nothing is shaded.',
      shading: 'No shading: no study has measured one high-risk time for a break on your own.',
      says: 'No study has measured one high-risk time for a break on your own. Even a short break can lower your tolerance, so plan as if it is gone whenever you use.',
      found: "No study has measured one high-risk time for a break on your own. Australia's methadone guidelines treat even a short break as a reason to lower the dose, because tolerance may have dropped.",
      restart: [{ href: '/guides/moud-compared/', text: 'Methadone, buprenorphine or naltrexone: which fits you' }],
    },
  },
  bandLabel: ['Your tolerance', 'could be', 'anywhere', 'in here'],
  chartLabels: {
    note: 'Illustration, not a measurement',
    before: 'Your old tolerance',
    yAxis: 'Tolerance',
    time: 'Time →',
  },
  tolerance: 'No one can tell how low your tolerance is now. It could be anywhere from where it was down to near zero. Plan as if it is gone: the amount you used to take can now stop your breathing.',
  bandLegend: 'Your tolerance could be anywhere in here: plan as if it is gone.',
  chartText: 'Illustration, not a measurement. Time goes to the right, with no scale. Before your last regular use, a line shows your old tolerance. From your last use on, a band fills all the space from your old tolerance down to near zero. Your tolerance could be anywhere in the band: plan as if it is gone. ',
  detailsIntro: 'Whatever happened, no one can tell how low your tolerance is after a break. The amount you used to take can now stop your breathing. The shaded strips show when studies found more deaths.',
  safety: [
    { text: 'Carry naloxone (Narcan), and make sure someone near you knows how to use it.' },
    { text: "Don't use alone. If no one can be with you,", helpline: 'never-use-alone', after: 'stays on the line and sends help if you stop responding.' },
    { text: 'Test your supply with fentanyl test strips.' },
    { text: 'Start with much less than you used to, and go slow.' },
    { text: "Don't mix opioids with benzos (like Xanax) or alcohol." },
    { text: "Someone won't wake up or isn't breathing normally? Call", helpline: 'emergency-911', numberOnly: true, after: ', give naloxone if you have it, and keep going until they breathe normally. Gasping is not breathing.' },
  ],
  ui: {
    heading: 'See how a break changes the risk',
    intro: 'Pick what happened. The picture and the message change to match.',
    noscript: 'JavaScript is off, so the picture shows one example. Open “What each situation means” below it to read about yours.',
    question: 'What happened?',
    restartLead: 'If you want to restart treatment:',
    safetyLead: 'Whatever happened, if you use:',
    more: { href: '/guides/restarting-after-a-break/', text: 'More on each step' },
    details: 'What each situation means',
    from: { one: 'From:', many: 'From:' },
  },
};

// The same facts in Spanish, for US readers from many countries: usted, short sentences.
// The picture's labels are short so that they fit under the time axis. The tolerance band is
// "franja"; the shaded risk windows are "zonas sombreadas", so that a window is never read as
// a level of tolerance.
const es: ToleranceText = {
  situations: {
    prison: {
      label: 'Salió de la cárcel o de la prisión',
      marks: { lastUse: 'Último consumo', event: 'Usted sale', window: 'Primeras 2 semanas afuera' },
      described: 'Una línea marca el momento en que usted sale. Una zona sombreada cubre las primeras 2 semanas después de salir.',
      shading: 'Sombreado: las primeras 2 semanas después de salir. En los estudios, fue el tiempo con más muertes por sobredosis.',
      says: 'Si salió en las últimas 2 semanas, está en el tiempo en que los estudios encontraron más muertes por sobredosis. Después, el riesgo sigue siendo más alto de lo normal.',
      found: 'Entre las personas que salen de prisión, hubo más muertes por sobredosis en las primeras 2 semanas afuera. En las semanas siguientes, las muertes siguieron más altas de lo normal.',
      restart: [{ href: '/es/guias/salir-de-la-carcel-desintoxicacion-u-hospital/', text: 'Recibir tratamiento en las primeras semanas afuera' }],
    },
    treatment: {
      label: 'Salió de desintoxicación, de rehabilitación o del hospital',
      marks: { lastUse: 'Último consumo', event: 'Usted sale', window: 'Primeras 4 semanas afuera' },
      described: 'Una línea marca el momento en que usted sale. Una zona sombreada cubre las primeras 4 semanas después de salir.',
      shading: 'Sombreado: las primeras 4 semanas después de una estancia en el hospital. Un estudio encontró muchas más muertes por drogas en ese tiempo.',
      says: 'Si salió del hospital en las últimas 4 semanas, está en un tiempo en que un estudio encontró muchas más muertes por drogas. También han muerto personas por sobredosis en los meses después de salir de desintoxicación.',
      found: 'En Escocia se estudió a personas en tratamiento por drogas. En las 4 semanas después de salir del hospital, hubo muchas más muertes por drogas que entre quienes no estuvieron internados. En un estudio pequeño de desintoxicación con internamiento, 3 personas murieron por sobredosis en los 4 meses después de salir. La mayoría había terminado la desintoxicación.',
      restart: [{ href: '/es/guias/salir-de-la-carcel-desintoxicacion-u-hospital/', text: 'Empezar tratamiento después de desintoxicación o del hospital' }],
    },
    moud: {
      label: 'Dejó la metadona o la buprenorfina',
      marks: { lastUse: 'Última dosis', window: 'Primeras 4 semanas' },
      described: 'Una zona sombreada cubre las primeras 4 semanas después de su última dosis.',
      shading: 'Sombreado: las primeras 4 semanas después de dejar el medicamento. Los estudios encontraron muchas más muertes en ese tiempo que durante el tratamiento.',
      says: 'Si dejó el medicamento en las últimas 4 semanas, está en un tiempo en que los estudios encontraron muchas más muertes. Después, el riesgo sigue siendo más alto que durante el tratamiento.',
      found: 'Las muertes suben en las primeras semanas después de dejar la metadona o la buprenorfina. Fuera del tratamiento, siguen más altas que durante el tratamiento.',
      restart: [
        { href: '/es/guias/volver-a-la-buprenorfina/', text: 'Volver a la buprenorfina' },
        { href: '/es/guias/volver-a-la-metadona/', text: 'Volver a la metadona' },
      ],
    },
    naltrexone: {
      label: 'Se pasó el efecto de la naltrexona o la dejó',
      marks: { lastUse: 'Último consumo', event: 'Se pasa el efecto', window: 'Ya sin efecto' },
      described: 'Una línea marca el momento en que se pasa el efecto de la naltrexona. Una zona sombreada empieza ahí y no tiene final.',
      shading: 'Sombreado: después de que se pasa el efecto de la naltrexona o usted la deja. En ese tiempo ha habido sobredosis mortales. Nadie ha medido cuándo termina este tiempo.',
      says: 'La naltrexona bloquea los opioides mientras hace efecto. Cuando se pasa su efecto, o después de dejarla, su cuerpo puede reaccionar a cantidades más pequeñas que antes. En este tiempo ha habido sobredosis mortales.',
      found: 'Cuando se pasa el efecto de la naltrexona, o después de dejarla, el cuerpo puede reaccionar a cantidades más pequeñas que antes. En este tiempo ha habido sobredosis mortales. En Australia, los registros de muertes mostraron una tasa alta de muertes después de dejar las pastillas de naltrexona.',
      restart: [
        { href: '/es/guias/naltrexona/', text: 'Naltrexona y Vivitrol: volver a empezar' },
        { href: '/es/guias/comparar-medicamentos/', text: 'Comparar la metadona, la buprenorfina y la naltrexona' },
      ],
    },
    own: {
      label: 'Hizo una pausa por su cuenta',
      marks: { lastUse: 'Último consumo' },
      described: 'No hay nada sombreado.',
      shading: 'Sin sombreado: ningún estudio ha medido un periodo de alto riesgo después de una pausa por su cuenta.',
      says: 'Ningún estudio ha medido un periodo de alto riesgo después de una pausa por su cuenta. Hasta una pausa corta puede bajar su tolerancia. Por eso, cada vez que consuma, haga planes como si ya no la tuviera.',
      found: 'Ningún estudio ha medido un periodo de alto riesgo después de una pausa por su cuenta. Las guías de Australia sobre la metadona toman incluso una pausa corta como razón para bajar la dosis, porque la tolerancia puede haber bajado.',
      restart: [{ href: '/es/guias/comparar-medicamentos/', text: 'Metadona, buprenorfina o naltrexona: ¿cuál le conviene?' }],
    },
  },
  bandLabel: ['Su tolerancia', 'podría estar en', 'cualquier punto', 'de esta franja'],
  chartLabels: {
    note: 'Ilustración, no una medición',
    before: 'Su tolerancia de antes',
    yAxis: 'Tolerancia',
    time: 'Tiempo →',
  },
  tolerance: 'Nadie puede saber qué tan baja está su tolerancia ahora. Podría estar en cualquier punto, desde donde estaba hasta casi cero. Haga planes como si ya no la tuviera: la cantidad que usaba antes ahora puede detener su respiración.',
  bandLegend: 'Su tolerancia podría estar en cualquier punto de esta franja: haga planes como si ya no la tuviera.',
  chartText: 'Ilustración, no una medición. El tiempo avanza hacia la derecha, sin escala. Antes de su último consumo habitual, una línea muestra su tolerancia de antes. Desde su último consumo, una franja llena todo el espacio entre su tolerancia de antes y casi cero. Su tolerancia podría estar en cualquier punto de la franja: haga planes como si ya no la tuviera. ',
  detailsIntro: 'Sin importar lo que haya pasado, nadie puede saber qué tan baja está su tolerancia después de una pausa. La cantidad que usaba antes ahora puede detener su respiración. Las zonas sombreadas muestran cuándo los estudios encontraron más muertes.',
  safety: [
    { text: 'Lleve naloxona (Narcan) y asegúrese de que alguien cerca de usted sepa usarla.' },
    { text: 'No consuma a solas. Si nadie puede estar con usted,', helpline: 'never-use-alone', after: 'se queda en la línea y manda ayuda si usted deja de responder.' },
    { text: 'Haga la prueba a lo que va a consumir con tiras reactivas para fentanilo.' },
    { text: 'Empiece con mucho menos que antes y vaya despacio.' },
    { text: 'No mezcle opioides con benzos (benzodiacepinas como Xanax, clonazepam o «pastillas para los nervios») ni con alcohol.' },
    { text: '¿Alguien no despierta o no respira con normalidad? Llame al', helpline: 'emergency-911', numberOnly: true, after: ', dé naloxona si la tiene y siga hasta que respire con normalidad. Boquear no es respirar.' },
  ],
  ui: {
    heading: 'Vea cómo una pausa cambia el riesgo',
    intro: 'Elija lo que pasó. La imagen y el mensaje cambian según lo que elija.',
    noscript: 'JavaScript está desactivado, así que la imagen muestra un solo ejemplo. Abra “Qué significa cada situación”, debajo de la imagen, para leer sobre la suya.',
    question: '¿Qué pasó?',
    restartLead: 'Si quiere retomar el tratamiento:',
    safetyLead: 'Sin importar lo que haya pasado, si consume:',
    more: { href: '/es/guias/volver-a-consumir-despues-de-una-pausa/', text: 'Más sobre cada paso' },
    details: 'Qué significa cada situación',
    from: { one: 'Fuente:', many: 'Fuentes:' },
  },
};

export const TEXTS: Readonly<Record<Lang, ToleranceText>> = { en, es };
