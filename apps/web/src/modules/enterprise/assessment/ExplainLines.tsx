/** An engine's working, one sentence per line, as it returned it. */
export function ExplainLines({ lines }: { lines: readonly string[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
