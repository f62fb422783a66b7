// The generated serving module both editor benchmarks (editor.mjs, server.mjs) edit, and their quantile.

/**
 * A serving module the way large ones look: imports, a model load, and mostly ordinary code (helpers,
 * dataclasses, validation, formatting), with a prediction handler every ~250 lines.
 */
export function servingModule(lines) {
  const out = [
    '"""Generated serving module for the editor benchmark."""', 'import logging', 'import time', 'import uuid', 'from dataclasses import dataclass', '',
    'import joblib', '', 'logger = logging.getLogger("svc")', 'MODEL_PATH = "artifacts/model-2024-06-01.joblib"', 'model = joblib.load(MODEL_PATH)', '',
  ];
  for (let i = 0; out.length < lines; i++) {
    if (i % 10 === 9) {
      out.push('', `def handler_${i}(payload: dict) -> dict:`, '    request_id = str(uuid.uuid4())', '    start = time.perf_counter()',
        `    features = [payload.get("f${i}", 0.0), payload.get("g", 1.0)]`, '    score = model.predict_proba([features])[0, 1]',
        `    logger.info("scored", extra={"request_id": request_id, "score": float(score), "latency_ms": (time.perf_counter() - start) * 1000})`,
        '    return {"score": float(score), "request_id": request_id}', '');
      continue;
    }
    out.push('', '@dataclass', `class Record${i}:`, '    name: str', '    amount: float = 0.0', '    tags: tuple = ()', '',
      '    def total(self, rate: float) -> float:', '        value = self.amount * rate', '        for tag in self.tags:', '            if tag.startswith("x"):',
      '                value += len(tag)', '        return round(value, 2)', '', '',
      `def normalise_${i}(rows: list[dict]) -> list[dict]:`, '    cleaned = []', '    for row in rows:', '        if not row:', '            continue',
      '        item = {k.strip().lower(): v for k, v in row.items()}', '        item["label"] = f"{item.get(\'name\', \'?\')}-{len(cleaned)}"', '        cleaned.append(item)',
      '    return sorted(cleaned, key=lambda r: r.get("label", ""))', '');
  }
  return out.slice(0, lines).join('\n');
}

export const quantile = (a, q) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
