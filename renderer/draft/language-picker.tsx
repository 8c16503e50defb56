import { languageName } from '../lib/format';

/** The languages the claim finder has tables for; a draft in another keeps its own in the list. */
const FINDER_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt'] as const;

interface LanguagePickerProps {
  readonly documentId: string;
  /** The draft's language as detected or chosen; absent for drafts found before languages were told. */
  readonly language: string | undefined;
  readonly onLanguage: (documentId: string, language: string) => void;
}

/**
 * The draft's language, which the checker can correct ("this draft is in French"): choosing another
 * finds the draft's claims again reading it in that language.
 */
export function LanguagePicker({ documentId, language, onLanguage }: LanguagePickerProps) {
  const codes: string[] = [...FINDER_LANGUAGES];
  if (language && !codes.includes(language)) codes.push(language);
  return (
    <label
      className="draft-language"
      title="The language this draft's claims are found in; choose another to find them again in it"
    >
      <span className="draft-language-word">Language</span>
      <select
        aria-label="Draft language"
        value={language ?? ''}
        onChange={(event) => {
          if (event.target.value) onLanguage(documentId, event.target.value);
        }}
      >
        {!language && <option value="">Not known</option>}
        {codes.map((code) => (
          <option key={code} value={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
