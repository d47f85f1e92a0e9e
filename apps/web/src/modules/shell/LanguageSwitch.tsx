import { TranslationOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/use-i18n';

/** 中文 ⇄ English; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <span
      className="kc-header-action"
      role="button"
      title={t('languageTitle')}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      <TranslationOutlined style={{ marginRight: 4 }} />
      {t('language')}
    </span>
  );
}
