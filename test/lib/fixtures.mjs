// Reads expected findings from fixture files. A caret comment line marks a finding on the nearest code line
// above it: the carets give the columns, then the rule code, then (for MLO001) the missing facets:
//     pred = model.predict(x)
//     #      ^^^^^^^^^^^^^ MLO001 inputs,latency
export function expectedFindings(text) {
  const lines = text.split('\n');
  const out = [];
  let codeLine = -1;
  lines.forEach((line, i) => {
    const m = /^\s*(?:#|\/\/)\s*(\^+)\s+(MLO\d{3})(?:\s+([\w,-]+))?\s*$/.exec(line);
    if (!m) { codeLine = i; return; }
    const col = line.indexOf('^');
    out.push({ code: m[2], line: codeLine, col, endCol: col + m[1].length, facets: m[3] ? m[3].split(',').sort() : undefined });
  });
  return out;
}

export function actualFindings(result, code) {
  return result.findings.filter(f => f.code === code).map(f => ({
    code: f.code, line: f.range.start.line, col: f.range.start.col,
    endCol: f.range.start.line === f.range.end.line ? f.range.end.col : undefined,
    facets: f.facets ? [...f.facets].sort() : undefined,
  }));
}
