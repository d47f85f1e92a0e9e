import {
  chineseOrdinal,
  paragraphText,
  type ReportDocument,
  type ReportParagraph,
  type ReportSection,
} from '@kechuang/domain';
import { EditableParagraph } from './EditableParagraph';
import '../report.css';

interface Props {
  document: ReportDocument;
  editable: boolean;
  /** Paragraphs whose figures the last re-generation changed. */
  changedIds: Set<string>;
  onParagraphChange: (paragraph: ReportParagraph) => void;
}

/** The report as a 公文 page: title, opening, sections numbered 一、 and （一）, the issuer and date on the right. */
export function ReportPaper({ document: doc, editable, changedIds, onParagraphChange }: Props) {
  const paragraph = (p: ReportParagraph) => (
    <EditableParagraph
      // Keyed by its text as well, so an edited paragraph is rendered afresh rather than patched over the user's DOM.
      key={`${p.id}:${paragraphText(p)}`}
      paragraph={p}
      editable={editable}
      changed={changedIds.has(p.id)}
      onChange={onParagraphChange}
    />
  );
  const section = (s: ReportSection, ordinal: number) => (
    <section key={s.id} data-section={s.id}>
      <h3 className={s.level === 1 ? 'report-h1' : 'report-h2'}>
        {s.level === 1 ? `${chineseOrdinal(ordinal)}、` : `（${chineseOrdinal(ordinal)}）`}
        {s.heading}
      </h3>
      {s.paragraphs.map(paragraph)}
      {s.sections.map((sub, i) => section(sub, i + 1))}
    </section>
  );
  return (
    <article className="report-paper" data-testid="report-paper">
      <h2 className="report-title">{doc.title}</h2>
      {doc.opening.map(paragraph)}
      {doc.sections.map((s, i) => section(s, i + 1))}
      <div className="report-signature">
        <div>{doc.issuer}</div>
        <div>{doc.issuedOn}</div>
      </div>
    </article>
  );
}
