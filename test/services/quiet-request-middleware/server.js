// An Express service with request ids, a request timer and morgan, but no model: no service, no finding.
import { randomUUID } from 'node:crypto';
import express from 'express';
import morgan from 'morgan';
import pino from 'pino';

const logger = pino();
const app = express();
app.use(morgan('dev'));
app.use((req, res, next) => {
  req.id = randomUUID();
  res.setHeader('X-Request-Id', req.id);
  const started = Date.now();
  res.on('finish', () => logger.info({ id: req.id, ms: Date.now() - started }, 'request'));
  next();
});

app.get('/health', (req, res) => {
  logger.info({ id: req.id }, 'health');
  res.json({ ok: true });
});

app.listen(3000);
