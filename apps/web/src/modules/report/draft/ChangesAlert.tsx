import { Alert } from 'antd';
import { paragraphText, type ReportDocument, type ReportParagraph, type ReportSection } from '@kechuang/domain';
import type { ReportChange } from '../report.api';

function allParagraphs(doc: ReportDocument): ReportParagraph[] {
  const of = (s: ReportSection): ReportParagraph[] => [...s.paragraphs, ...s.sections.flatMap(of)];
  return [...doc.opening, ...doc.sections.flatMap(of)];
}

/** What the last re-generation changed: each figure with its paragraph's opening words, before → after. */
export function ChangesAlert({ changes, document }: { changes: ReportChange[]; document: ReportDocument }) {
  if (changes.length === 0) return null;
  const byId = new Map(allParagraphs(document).map((p) => [p.id, paragraphText(p)]));
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="report-changes"
      message={`重新生成后有 ${changes.length} 处数字随记录变化（已在正文中以底色标出）`}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {changes.map((c) => (
            <li key={`${c.paragraphId}-${c.factKey}`}>
              “{(byId.get(c.paragraphId) ?? c.paragraphId).slice(0, 16)}…”：{c.factKey}：{c.before || '（无）'} →{' '}
              {c.after || '（无）'}
            </li>
          ))}
        </ul>
      }
    />
  );
}
