// What "Listen" says, in each language. The reader loads on the first tap and takes only these
// words; the page dictionary (src/i18n/ui.ts) reads them from here too.
export const LISTEN_WORDS = {
  en: {
    listen: 'Listen', stop: 'Stop', pause: 'Pause', resume: 'Resume',
    finished: 'Finished reading.', stopped: 'Stopped reading.', reading: 'Reading this page aloud.', paused: 'Paused.',
    noVoice: 'Your phone has no built-in voice for this language, so nothing can be read aloud.', noVoiceLabel: 'No voice on this phone',
  },
  es: {
    listen: 'Escuchar', stop: 'Parar', pause: 'Pausa', resume: 'Seguir',
    finished: 'Terminó la lectura.', stopped: 'Se detuvo la lectura.', reading: 'Leyendo esta página en voz alta.', paused: 'En pausa.',
    noVoice: 'Su teléfono no tiene una voz propia para este idioma, así que no se puede leer en voz alta.', noVoiceLabel: 'Sin voz en este teléfono',
  },
} as const;

export type ListenWords = { [K in keyof (typeof LISTEN_WORDS)['en']]: string };

/** The words for a page's <html lang> ("es", "es-US", "en"…); English when the language has none. */
export function listenWords(htmlLang: string): ListenWords {
  const code = htmlLang.toLowerCase().split('-')[0]!;
  return code in LISTEN_WORDS ? LISTEN_WORDS[code as keyof typeof LISTEN_WORDS] : LISTEN_WORDS.en;
}
