import { TranslationOutlined } from '@ant-design/icons';
import { MESSAGES } from '../../i18n/messages';
import { useI18n } from '../../i18n/use-i18n';
import { getFeedback } from '../../ui/feedback';

const NOTICE_SEEN = 'kc.lang.enNotice';

/**
 * 中文 ⇄ English, remembered in localStorage. English is honest about its reach: the label says "menus only",
 * and the first switch to English says once that page content stays in Chinese.
 */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const toggle = () => {
    const next = lang === 'zh' ? 'en' : 'zh';
    setLang(next);
    if (next === 'en' && localStorage.getItem(NOTICE_SEEN) !== '1') {
      localStorage.setItem(NOTICE_SEEN, '1');
      getFeedback().notification.info({
        key: 'kc-english-notice',
        message: MESSAGES.en.englishNoticeTitle,
        description: MESSAGES.en.englishNoticeText,
        duration: 10,
      });
    }
  };
  return (
    <span
      className="kc-header-action"
      role="button"
      aria-label={t('language')}
      title={t('languageTitle')}
      data-testid="language-switch"
      onClick={toggle}
    >
      <TranslationOutlined style={{ marginRight: 4 }} />
      <span className="kc-lang-label">{t('language')}</span>
    </span>
  );
}
